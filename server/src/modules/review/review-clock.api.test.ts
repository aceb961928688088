import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { leaseContract } from './demo/review-demo.texts.js';
import { LAWFUL_VILLAGE_RULES } from './rules/fixtures/village-rules-samples.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const CHECKS = {
  subject: 'pass',
  authority: 'pass',
  procedure: 'pass',
  content: 'pass',
  form: 'pass',
};
const lawful = {
  conclusion: 'lawful',
  checklist: CHECKS,
  summary: '经审查，内容合法，同意提交。',
  bases: ['《中华人民共和国村民委员会组织法》第二十七条'],
};
const LEASE = leaseContract({
  lessor: '慈溪市桥头镇上林湖村股份经济合作社',
  lessee: '慈溪市桥头恒达鞋业有限公司',
  premises: '上林湖村工业区2号厂房',
  purpose: '拖鞋生产加工',
  years: 3,
  startDate: '2025-01-01',
  endDate: '2027-12-31',
  annualRentYuan: 20_000,
});

/** Today starts as Wednesday 2024-11-20. */
describe.skipIf(pgMissing())('legality review: deadlines, pauses, co-review and filing', () => {
  let s: TestServer;
  let cadre: TestClient;
  let clerk: TestClient;
  let reviewer: TestClient;
  /** Moves the clock to 10:00 on `d` and signs everyone in again (sessions expire when time jumps). */
  const day = async (d: string) => {
    s.time.set(`${d}T02:00:00Z`);
    [cadre, clerk, reviewer] = await Promise.all([s.as('cadre'), s.as('clerk'), s.as('reviewer')]);
  };
  const upload = async (c: TestClient) => {
    const fd = new FormData();
    fd.append('file', new Blob([PDF]), '签署文本.pdf');
    return (await c.post('/api/v1/files', fd)).json.id as string;
  };
  const clockEvents = (clockId: string) =>
    s.deps.db.kysely
      .selectFrom('auditEvents')
      .selectAll()
      .where('targetId', '=', clockId)
      .where('action', 'like', 'clock.clock.%')
      .orderBy('seq')
      .execute();

  async function villageItem(body: Record<string, unknown>, materials: string[]) {
    const id = (await cadre.post('/api/v1/review/items', body)).json.id as string;
    for (const key of materials)
      await cadre.post(`/api/v1/review/items/${id}/materials`, { key, note: '纸质原件已核对' });
    await cadre.post(`/api/v1/review/items/${id}/submit`);
    expect((await clerk.post(`/api/v1/review/items/${id}/accept`)).json.state).toBe('accepted');
    const started = await reviewer.post(`/api/v1/review/items/${id}/start-review`);
    for (const h of started.json.hits)
      await reviewer.post(`/api/v1/review/items/${id}/hits/${h.id}`, { decision: 'accepted' });
    return id;
  }

  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('pauses the review clock while the submitter supplies materials (退回补充), and resumes it', async () => {
    await day('2024-11-20');
    const id = await villageItem(
      { type: 'village_contract', title: '上林湖村2号厂房租赁合同', text: LEASE },
      ['counterparty_licence', 'assembly_resolution'],
    );
    await day('2024-11-21');
    const returned = await reviewer.post(`/api/v1/review/items/${id}/request-supplement`, {
      reason: '请补充租赁方案公示照片',
    });
    expect(returned.json).toMatchObject({
      state: 'returned',
      clock: { state: 'paused', status: 'paused', dueDate: '2024-11-27' },
    });
    expect(
      (await cadre.get('/api/v1/inbox')).json.items.map((i: { title: string }) => i.title),
    ).toContain('补正送审材料：上林湖村2号厂房租赁合同');
    await day('2024-11-25');
    const resumed = await cadre.post(`/api/v1/review/items/${id}/resubmit`, {
      note: '已补充公示照片',
    });
    // Paused on the 21st, resumed on the 25th: the 22nd and 25th do not count, so the due date moves two working days.
    expect(resumed.json).toMatchObject({
      state: 'under_review',
      clock: { state: 'running', dueDate: '2024-11-29' },
    });
    const events = await clockEvents(resumed.json.clock.id);
    expect(events.map((e) => e.action)).toEqual([
      'clock.clock.started',
      'clock.clock.paused',
      'clock.clock.resumed',
    ]);
    expect(JSON.parse(events[1]!.meta!).reason).toBe('correction');
    // A village contract: 条例 art 26 covers major decisions only; the town's own rule is cited as such.
    expect(events[1]!.basis).toContain('本镇设置');
    expect(events[1]!.basis).not.toContain('第二十六条');
  });

  it('co-reviews with the county centre, pausing the clock only where the town has configured it', async () => {
    await day('2024-11-20');
    const deputy = await s.as('deputy');
    const settings = await deputy.put('/api/v1/review/settings', {
      pauseDuringCoReview: true,
      periods: { village_contract: 4 },
    });
    expect(settings.status).toBe(200);
    expect(settings.json.pauseDuringCoReview.value).toBe(true);
    // 条例 art 26's 7 working days bind the submitter; the reviewer's own deadline is the town's choice (art 28: 及时).
    const mjd = await deputy.put('/api/v1/review/settings', { periods: { major_decision: 5 } });
    expect(mjd.status).toBe(200);
    const mjdPeriod = mjd.json.periods.find((p: { type: string }) => p.type === 'major_decision');
    expect(mjdPeriod).toMatchObject({ days: 5, confirmed: false });
    expect(mjdPeriod.basis).toContain('本镇设置');
    expect(mjdPeriod.basis).not.toContain('第二十六条');
    expect(
      (await deputy.put('/api/v1/review/settings', { periods: { major_decision: 7 } })).status,
    ).toBe(200);
    expect(
      (await clerk.put('/api/v1/review/settings', { pauseDuringCoReview: false })).status,
    ).toBe(403);

    const id = await villageItem(
      { type: 'village_contract', title: '上林湖村鱼塘承包合同（疑难）', text: LEASE },
      ['counterparty_licence', 'assembly_resolution'],
    );
    const item = await reviewer.get(`/api/v1/review/items/${id}`);
    expect(item.json.clock).toMatchObject({ limitDays: 4, dueDate: '2024-11-26' });
    const county = await s.as('countyreview');
    expect((await county.get(`/api/v1/review/items/${id}`)).status).toBe(404);
    const asked = await reviewer.post(`/api/v1/review/items/${id}/co-review`, {
      reason: '涉及二轮承包期届满后的期限问题，请县级中心协审',
    });
    expect(asked.json).toMatchObject({ state: 'co_review', clock: { state: 'paused' } });
    expect(
      (await county.get('/api/v1/inbox')).json.items.map((i: { title: string }) => i.title),
    ).toContain('县乡协审：上林湖村鱼塘承包合同（疑难）');
    const seen = await county.get(`/api/v1/review/items/${id}`);
    expect(seen.json.abilities.answerCoReview).toBe(true);
    expect(seen.json.abilities.issueOpinion).toBe(false);
    expect(
      (
        await clerk.post(`/api/v1/review/items/${id}/co-review/answer`, {
          response: '同意承包期限的意见',
        })
      ).status,
    ).toBe(403);
    await day('2024-11-22');
    const answered = await (
      await s.as('countyreview')
    ).post(`/api/v1/review/items/${id}/co-review/answer`, {
      response: '承包期不得超过二轮承包剩余期限，建议约定至2028年。',
    });
    expect(answered.json).toMatchObject({ state: 'under_review', clock: { state: 'running' } });
    expect(answered.json.coReviews[0]).toMatchObject({
      responderName: '蒋协审（县司法局）',
      pausedClock: true,
    });
    expect(answered.json.clock.dueDate > '2024-11-26').toBe(true);
    await (
      await s.as('deputy')
    ).put('/api/v1/review/settings', {
      pauseDuringCoReview: false,
      periods: { village_contract: 5 },
    });
  });

  it('files village rules with the town within 10 days of the vote, on a clock, and checks the vote', async () => {
    await day('2024-11-20');
    const id = await villageItem(
      { type: 'village_rules', title: '上林湖村村规民约（修订稿）', text: LAWFUL_VILLAGE_RULES },
      ['assembly_minutes'],
    );
    await reviewer.post(`/api/v1/review/items/${id}/opinion`, lawful);
    await cadre.post(`/api/v1/review/items/${id}/feedback`, { adoption: 'adopted' });
    const byCommittee = await cadre.post(`/api/v1/review/items/${id}/decide`, {
      kind: 'voted',
      decidedOn: '2024-11-20',
      vote: { body: 'representatives_assembly', entitled: 45, present: 40, votesFor: 38 },
    });
    expect(byCommittee.status).toBe(400);
    expect(byCommittee.json.error.message).toContain('第二十七条');
    const noQuorum = await cadre.post(`/api/v1/review/items/${id}/decide`, {
      kind: 'voted',
      decidedOn: '2024-11-20',
      vote: { body: 'villagers_assembly', entitled: 1400, present: 690, votesFor: 600 },
    });
    expect(noQuorum.status).toBe(422);
    expect(noQuorum.json.error.code).toBe('VOTE_INVALID');
    expect(noQuorum.json.error.message).toContain('《村民委员会组织法》第二十二条');
    const voted = await cadre.post(`/api/v1/review/items/${id}/decide`, {
      kind: 'voted',
      decidedOn: '2024-11-20',
      meeting: '上林湖村村民会议',
      vote: { body: 'villagers_assembly', entitled: 1400, present: 760, votesFor: 702 },
    });
    expect(voted.json).toMatchObject({
      state: 'decided',
      filingTarget: 'town',
      filingClock: { unit: 'calendar', limitDays: 10, dueDate: '2024-12-02', status: 'on_track' },
    });
    expect(voted.json.filingClock.basis).toContain('《宁波市法治乡村建设促进条例》第十四条');
    expect((await clerk.post(`/api/v1/review/items/${id}/archive`)).json.error.code).toBe(
      'FILING_REQUIRED',
    );

    await day('2024-12-03');
    const board = await reviewer.get('/api/v1/review/dashboard');
    expect(board.json.deadlines.find((d: { itemId: string }) => d.itemId === id)).toMatchObject({
      kind: '村规民约备案',
      clock: { status: 'overdue' },
    });
    expect(
      (await cadre.get('/api/v1/inbox?status=overdue')).json.items.map(
        (i: { title: string }) => i.title,
      ),
    ).toContain('报送备案：上林湖村村规民约（修订稿）');
    const filed = await cadre.post(`/api/v1/review/items/${id}/filing`, {
      fileId: await upload(cadre),
      note: '村民会议表决通过稿',
    });
    expect(filed.json).toMatchObject({
      state: 'filed',
      filing: {
        target: 'town',
        targetOrgName: '桥头镇',
        filedOn: '2024-12-03',
        dueDate: '2024-12-02',
        onTime: false,
      },
    });
    const county = await s.as('countyreview');
    const register = await county.get('/api/v1/review/filings?year=2024');
    expect(register.json.items.find((r: { itemId: string }) => r.itemId === id)).toMatchObject({
      townName: '桥头镇',
      targetLabel: '镇人民政府',
      onTime: false,
    });
    expect((await clerk.post(`/api/v1/review/items/${id}/archive`)).json.state).toBe('archived');
  });
});
