import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords.js';
import { insertUser, setRoles } from '../users/user.repository.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** 行政复议与行政应诉: a review and a suit from the copy received to 一案一评一反馈, each guard with its code. */
describe.skipIf(pgMissing())('litigation register', () => {
  let s: TestServer;
  let clerk: TestClient;
  let adviser: TestClient;
  let county: TestClient;

  const at = async (iso: string) => {
    s.time.set(iso);
    [clerk, adviser, county] = [await s.as('clerk'), await s.as('adviser'), await s.as('county')];
  };
  const ok = async (id: string, path: string, body: unknown, who = clerk) => {
    const res = await who.post(`/api/v1/litigation/cases/${id}/${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };
  const register = async (over: Record<string, unknown>) => {
    const res = await clerk.post('/api/v1/litigation/cases', {
      kind: 'litigation',
      caseNo: '（2025）浙0282行初1号',
      title: '不服责令限期拆除决定',
      claimantName: '张三',
      claimantIsPerson: true,
      reviewBody: '慈溪市人民法院',
      receivedOn: '2025-03-03',
      ...over,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json;
  };
  const consultation = {
    heldOn: '2025-03-04',
    attendees: ['王副镇长（分管领导）', '周律师（法律顾问）'],
    analysis: '拆除决定事实清楚、程序合法。',
    decision: '按期答辩，分管领导出庭。',
  };

  beforeAll(async () => {
    s = await startTestServer();
    await at('2025-03-05T02:00:00Z');
  });
  afterAll(() => s?.close());

  it('runs a lawsuit from the complaint to rectification, 会商 first and the leader in court', async () => {
    const c = await register({ mandatoryReason: 'public_attention' });
    // 行政诉讼法 第六十七条: 15 calendar days from receiving the complaint.
    expect(c).toMatchObject({
      status: 'received',
      answerDue: '2025-03-18',
      appearanceMandatory: true,
    });
    expect(c.respondent).toBe('桥头镇');
    expect(c.answerClock).toMatchObject({ dueDate: '2025-03-18', unit: 'calendar' });
    expect(c.blocked.map((b: { code: string }) => b.code)).toContain('CONSULTATION_REQUIRED');

    const early = await clerk.post(`/api/v1/litigation/cases/${c.id}/answer`, {
      filedOn: '2025-03-05',
    });
    expect(early.status).toBe(422);
    expect(early.json.error.code).toBe('CONSULTATION_REQUIRED');
    expect(early.json.error.details.basis).toContain('会商');

    // The legal adviser records the 会商 opinion but files nothing.
    const consulted = await ok(c.id, 'consult', consultation, adviser);
    expect(consulted.status).toBe('consulted');
    expect(consulted.consultAttendees).toHaveLength(2);
    const byAdviser = await adviser.post(`/api/v1/litigation/cases/${c.id}/answer`, {
      filedOn: '2025-03-05',
    });
    expect(byAdviser.status).toBe(403);

    const answered = await ok(c.id, 'answer', { filedOn: '2025-03-05' });
    expect(answered).toMatchObject({ status: 'answered', answerLate: false });
    expect(answered.answerClock.state).toBe('stopped');

    await at('2025-04-10T02:00:00Z');
    const noStandIn = await clerk.post(`/api/v1/litigation/cases/${c.id}/hear`, {
      heldOn: '2025-04-10',
      leaderAppeared: false,
    });
    expect(noStandIn.status).toBe(422);
    expect(noStandIn.json.error.code).toBe('STAND_IN_REQUIRED');
    const noNote = await clerk.post(`/api/v1/litigation/cases/${c.id}/hear`, {
      heldOn: '2025-04-10',
      leaderAppeared: false,
      standIns: '赵经办',
    });
    expect(noNote.status).toBe(422);
    expect(noNote.json.error.code).toBe('ABSENCE_EXPLANATION_REQUIRED');
    expect(noNote.json.error.details.basis).toContain('第一百二十九条');
    const heard = await ok(c.id, 'hear', {
      heldOn: '2025-04-10',
      leaderAppeared: true,
      leaderName: '王副镇长',
      leaderTitle: '副镇长',
      standIns: '赵经办',
    });
    expect(heard).toMatchObject({ status: 'heard', leaderAppeared: true, leaderName: '王副镇长' });

    await at('2025-05-06T02:00:00Z');
    const wrong = await clerk.post(`/api/v1/litigation/cases/${c.id}/conclude`, {
      outcome: 'upheld',
      decisionForm: 'judgment',
      servedOn: '2025-05-06',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.json.error.code).toBe('OUTCOME_NOT_FOR_KIND');
    const judged = await ok(c.id, 'conclude', {
      outcome: 'dismissed',
      decisionForm: 'judgment',
      servedOn: '2025-05-06',
    });
    // 第八十五条: 15 days from service of the judgment.
    expect(judged).toMatchObject({
      status: 'concluded',
      outcomeLabel: '驳回诉讼请求',
      lost: false,
    });
    expect(judged.appealDue).toBe('2025-05-21');

    const evaluated = await ok(c.id, 'evaluate', {
      evaluation: '送达程序留痕不足。',
      department: '综合行政执法队',
      measures: '送达一律制作送达回证并拍照留存。',
    });
    expect(evaluated.status).toBe('evaluated');
    const done = await ok(c.id, 'rectify', { result: '已修订送达工作规范。' });
    expect(done).toMatchObject({ status: 'closed', rectificationResult: '已修订送达工作规范。' });
    expect(done.path.map((p: { label: string }) => p.label)).toEqual([
      '案件会商',
      '提交答复/答辩',
      '记录庭审（出庭应诉）',
      '登记结果',
      '一案一评',
      '整改反馈',
    ]);
    expect(
      (await clerk.post(`/api/v1/litigation/cases/${c.id}/rectify`, { result: 'x' })).status,
    ).toBe(409);
  });

  it('counts 答复 in working days (10, or 5 in the simplified procedure) and names the entrusting body', async () => {
    await at('2025-03-05T02:00:00Z');
    const review = await register({
      kind: 'reconsideration',
      caseNo: '慈政复〔2025〕5号',
      reviewBody: '慈溪市人民政府',
      entrustingBody: '慈溪市应急管理局',
      claimantName: '某五金厂',
      claimantIsPerson: false,
    });
    expect(review.answerDue).toBe('2025-03-17');
    expect(review.respondent).toBe('慈溪市应急管理局');
    const simple = await register({
      kind: 'reconsideration',
      caseNo: '慈政复〔2025〕6号',
      reviewBody: '慈溪市人民政府',
      disclosureRelated: true,
      simplified: true,
    });
    expect(simple.answerDue).toBe('2025-03-10');
    // The statutory answer period is not the town's to lengthen through the generic clock route.
    const clockId = (
      await s.deps.db.kysely
        .selectFrom('clocks')
        .select('id')
        .where('subjectId', '=', simple.id)
        .executeTakeFirstOrThrow()
    ).id;
    const extend = await (
      await s.as('head')
    ).post(`/api/v1/clocks/${clockId}/extend`, {
      days: 10,
      reason: '案情复杂',
      basis: '《行政复议法》第四十八条',
    });
    expect(extend.status).toBe(422);
    expect(extend.json.error.code).toBe('CLOCK_OWNED_BY_MODULE');
    await ok(simple.id, 'consult', consultation);
    await at('2025-03-12T02:00:00Z');
    const late = await ok(simple.id, 'answer', { filedOn: '2025-03-12' });
    expect(late.answerLate).toBe(true);
    await at('2025-04-20T02:00:00Z');
    const revoked = await ok(simple.id, 'conclude', {
      outcome: 'revoked',
      decisionForm: 'decision',
      servedOn: '2025-04-18',
    });
    expect(revoked).toMatchObject({ corrected: true, appealDue: null });
  });

  it('lets the county read masked and never act; another town sees nothing', async () => {
    const list = await county.get('/api/v1/litigation/cases?kind=litigation');
    expect(list.status).toBe(200);
    const suit = list.json.items[0];
    expect(suit.claimantName).toBe('张*');
    const acted = await county.post(`/api/v1/litigation/cases/${suit.id}/rectify`, { result: 'x' });
    expect(acted.status).toBe(403);
    const countyClerk = await s.as('countyreview');
    const made = await countyClerk.post('/api/v1/litigation/cases', {
      kind: 'litigation',
      caseNo: 'x',
      title: 'x',
      claimantName: 'x',
      claimantIsPerson: true,
      reviewBody: 'x',
      receivedOn: '2025-03-03',
    });
    expect(made.status).toBe(403);
    expect(made.json.error.code).toBe('SUPERVISION_ONLY');

    const q = s.deps.db.kysely;
    const other = await q
      .selectFrom('orgs')
      .select('id')
      .where('kind', '=', 'town')
      .where('code', '!=', '330282109000')
      .executeTakeFirstOrThrow();
    const u = await insertUser(q, {
      orgId: other.id,
      username: 'litig-other',
      displayName: '外镇经办',
      passwordHash: await hashPassword('Demo@2024'),
      mustChangePassword: false,
      now: new Date(),
    });
    await setRoles(q, u.id, ['office_clerk'], null, new Date());
    const outsider = await s.as('litig-other');
    expect((await outsider.get(`/api/v1/litigation/cases/${suit.id}`)).status).toBe(404);
    expect(
      (await outsider.post(`/api/v1/litigation/cases/${suit.id}/rectify`, { result: 'x' })).status,
    ).toBe(404);
    expect((await outsider.get('/api/v1/litigation/cases')).json.total).toBe(0);
    expect((await (await s.as('cadre')).get('/api/v1/litigation/cases')).status).toBe(403);
  });

  it('gives the year’s indicators with their definitions, and the traced ledger', async () => {
    await at('2025-06-02T02:00:00Z');
    const stats = await clerk.get('/api/v1/litigation/stats?year=2025');
    expect(stats.status).toBe(200);
    expect(stats.json.filed).toMatchObject({ reconsiderations: 2, lawsuits: 1 });
    expect(stats.json.appearanceRate).toMatchObject({ numerator: 1, denominator: 1, rate: 100 });
    expect(stats.json.correctionRate).toMatchObject({ numerator: 1, denominator: 1, rate: 100 });
    expect(stats.json.lossRate).toMatchObject({ numerator: 0, denominator: 1, rate: 0 });
    expect(stats.json.correctionRate.definition).toContain('审结');
    const cut = await clerk.get('/api/v1/litigation/stats?year=2025&asOf=2025-04-30');
    expect(cut.json.lossRate.denominator).toBe(0);

    const xlsx = await clerk.get('/api/v1/litigation/cases/export?kind=reconsideration');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('案号');
    expect(sheet.rowCount).toBe(3);
    const nos = [sheet.getRow(2).getCell(2).value, sheet.getRow(3).getCell(2).value];
    expect(nos).toEqual(expect.arrayContaining(['慈政复〔2025〕5号', '慈政复〔2025〕6号']));
    const traced = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'litigation.case.ledger_exported')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(traced.meta!)).toMatchObject({
      filter: { kind: 'reconsideration' },
      rows: 2,
    });
  });
});
