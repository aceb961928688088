import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforcementTeam } from '../../test/enforcement-team.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** 行政处罚法: a case from 线索 to 结案 through the API, each guard refusing with its code and article. */
describe.skipIf(pgMissing())('enforcement cases', () => {
  let s: TestServer;
  let officer: TestClient;
  let county: TestClient;
  let head: TestClient;
  const officerIds: string[] = [];
  let entrustmentId: string;

  /** Moves the clock and signs in again (sessions end after a long idle). */
  const at = async (iso: string) => {
    s.time.set(iso);
    [officer, county, head] = [await s.as('officer'), await s.as('county'), await s.as('head')];
  };
  const docText = async (fileId: string) => {
    const res = await officer.get(`/api/v1/files/${fileId}`);
    expect(res.status).toBe(200);
    return (
      await (await JSZip.loadAsync(res.body)).file('word/document.xml')!.async('string')
    ).replace(/<[^>]+>/g, '');
  };
  const step = async (id: string, path: string, body: unknown = {}, who = officer) =>
    who.post(`/api/v1/enforcement/cases/${id}/${path}`, body);
  const ok = async (id: string, path: string, body: unknown = {}) => {
    const res = await step(id, path, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };
  const newCase = async (over: Record<string, unknown> = {}) => {
    const res = await officer.post('/api/v1/enforcement/cases', {
      title: '占用、堵塞疏散通道',
      field: 'safety_fire',
      authorityBasis: 'entrusted',
      entrustmentId,
      partyName: '张三',
      partyKind: 'citizen',
      partyAddress: '桥头镇某路1号',
      facts: '当事人在其经营场所内占用、堵塞疏散通道。',
      officerIds,
      ...over,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json as { id: string; caseNo: string; status: string };
  };

  beforeAll(async () => {
    s = await startTestServer();
    officer = await s.as('officer');
    county = await s.as('county');
    head = await s.as('head');
    officerIds.push(
      ...(await enforcementTeam(s, officer, { username: 'officer-b', displayName: '周执法' })),
    );
    const e = await officer.post('/api/v1/enforcement/entrustments', {
      entrustingBody: '慈溪市应急管理局',
      fields: ['safety_fire'],
      powers: '监督检查、调查取证、行政处罚',
      documentNo: '慈应急〔2023〕5号',
      startsOn: '2023-01-01',
      endsOn: '2025-12-31',
    });
    expect(e.status, JSON.stringify(e.json)).toBe(201);
    entrustmentId = e.json.id;
  });
  afterAll(() => s?.close());

  it('refuses 立案 until two officers hold valid certificates (art 42)', async () => {
    const c = await newCase();
    expect(c.status).toBe('clue');
    const refused = await step(c.id, 'file');
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('OFFICERS_UNCERTIFIED');
    expect(refused.json.error.details.basis).toBe('《行政处罚法》第四十二条');
    for (const [i, userId] of officerIds.entries()) {
      const res = await officer.post('/api/v1/enforcement/certificates', {
        userId,
        certNo: `浙33028223${i}`,
        fields: ['safety_fire'],
        issuedOn: '2021-03-01',
        expiresOn: i === 0 ? '2026-02-28' : '2024-10-31',
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
    }
    // The second certificate expired on 2024-10-31; today is 2024-11-20.
    expect((await step(c.id, 'file')).json.error.code).toBe('OFFICERS_UNCERTIFIED');
    await officer.post('/api/v1/enforcement/certificates', {
      userId: officerIds[1],
      certNo: '浙330282239',
      fields: ['safety_fire'],
      issuedOn: '2024-11-01',
      expiresOn: '2029-10-31',
    });
    expect((await ok(c.id, 'file')).status).toBe('investigating');
  });

  it('registers a 线索 only with the town’s own entrustment and staff', async () => {
    const register = (over: Record<string, unknown>) =>
      officer.post('/api/v1/enforcement/cases', {
        title: '占用疏散通道',
        field: 'safety_fire',
        authorityBasis: 'entrusted',
        entrustmentId,
        partyName: '张三',
        partyKind: 'citizen',
        facts: '当事人在其经营场所内占用疏散通道。',
        officerIds,
        ...over,
      });
    const cases = [
      [{ entrustmentId: undefined }, 'entrustmentId', '委托执法案件须选择委托书'],
      [
        { entrustmentId: '01a250df-0000-7000-8000-000000000000' },
        'entrustmentId',
        '委托书不存在或不属于本镇',
      ],
      [
        { officerIds: [...officerIds, '01a250df-0000-7000-8000-000000000001'] },
        'officerIds',
        '办案人员须为本镇账号',
      ],
    ] as const;
    for (const [over, field, message] of cases) {
      const res = await register(over);
      expect(res.status, JSON.stringify(res.json)).toBe(400);
      expect(res.json.error.message).toBe(message);
      expect(res.json.error.details.field).toBe(field);
    }
    expect((await register({ authorityBasis: 'granted', entrustmentId: undefined })).status).toBe(
      201,
    );
  });

  it('refuses a 委托 case outside the entrustment’s scope (art 20)', async () => {
    const c = await newCase({ field: 'food_safety' });
    const refused = await step(c.id, 'file');
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('ENTRUSTMENT_OUT_OF_SCOPE');
    expect(refused.json.error.details.basis).toBe('《行政处罚法》第二十条');
    expect(
      (await ok(c.id, 'withdraw', { reason: '不属于委托范围，移交县市场监管局' })).status,
    ).toBe('withdrawn');
  });

  it('runs a major case to 结案 with its letters in the entrusting body’s name', async () => {
    const c = await newCase({ major: true, partyKind: 'organisation', partyName: '某化工公司' });
    await ok(c.id, 'file');
    await ok(c.id, 'end-investigation');
    const notified = await ok(c.id, 'notify', {
      proposedFine: 150_000,
      legalBasis: '《安全生产法》第一百零一条',
    });
    expect(notified.noticeDocNo).toMatch(/^桥综执告〔2024〕\d+号$/);
    const notice = await docText(notified.noticeFileId);
    expect(notice).toContain('行政处罚事先告知书');
    expect(notice).toContain('慈溪市应急管理局');
    expect(notice).toContain('听证');

    // The hearing request comes more than five working days after the notice.
    await at('2024-11-28T02:00:00Z');
    const late = await step(c.id, 'request-hearing');
    expect(late.json.error.code).toBe('HEARING_REQUEST_LATE');
    await at('2024-11-22T02:00:00Z');
    await ok(c.id, 'request-hearing');
    await ok(c.id, 'finish-hearing', { note: '听证笔录已签字' });

    const early = await step(c.id, 'decide', {
      fine: 120_000,
      penalty: '罚款',
      legalBasis: '《安全生产法》第一百零一条',
      publishable: true,
    });
    expect(early.status).toBe(422);
    expect(early.json.error.code).toBe('LEGAL_REVIEW_REQUIRED');
    expect(early.json.error.details.basis).toBe('《行政处罚法》第五十八条');
    const detail = (await officer.get(`/api/v1/enforcement/cases/${c.id}`)).json;
    expect(detail.blocked.map((b: { code: string }) => b.code)).toContain('LEGAL_REVIEW_REQUIRED');

    await ok(c.id, 'legal-review', { opinion: '事实清楚，证据确凿，适用依据正确。' });
    expect(
      (await step(c.id, 'decide', { fine: 1, penalty: '罚款', legalBasis: 'x', publishable: true }))
        .json.error.code,
    ).toBe('COLLECTIVE_DISCUSSION_REQUIRED');
    await ok(c.id, 'discuss', { note: '同意罚款十二万元。' });

    // Ninety days from 立案 (2024-11-20): 2025-02-18; an approved extension of 30 days moves it on.
    await at('2025-02-19T02:00:00Z');
    const overdue = await step(c.id, 'decide', {
      fine: 1,
      penalty: '罚款',
      legalBasis: 'x',
      publishable: true,
    });
    expect(overdue.json.error.code).toBe('DECISION_OVERDUE');
    expect(overdue.json.error.details.basis).toBe('《行政处罚法》第六十条');
    const extended = await ok(c.id, 'extend', { days: 30, reason: '案情复杂，经负责人批准延长' });
    expect(extended.decisionDue).toBe('2025-03-20');

    const decided = await ok(c.id, 'decide', {
      fine: 120_000,
      penalty: '罚款',
      legalBasis: '《安全生产法》第一百零一条',
      publishable: true,
    });
    expect(decided.status).toBe('decided');
    expect(decided.decisionDocNo).toMatch(/^桥综执罚决〔2025〕\d+号$/);
    const decision = await docText(decided.decisionFileId);
    expect(decision).toContain('行政处罚决定书');
    expect(decision).toContain('慈溪市应急管理局');
    expect(decision).toContain('120,000元');
    expect(decision).toContain('以慈溪市应急管理局为被申请人');
    await ok(c.id, 'serve');
    await ok(c.id, 'execute');
    const closed = await ok(c.id, 'close');
    expect(closed.status).toBe('closed');
    // The detail carries the path taken (from the audit trail) and nothing ahead once closed.
    const labels = closed.path.map((p: { label: string }) => p.label);
    expect(labels[0]).toBe('立案（审批）');
    expect(labels).toContain('法制审核');
    expect(labels).toContain('批准延长办案期限');
    expect(labels.at(-1)).toBe('结案');
    expect(closed.path.at(-1).toState).toBe('已结案');
    // A closed case moves no further; only its publication may still follow (art 48).
    expect(closed.ahead.map((a: { action: string }) => a.action)).toEqual([
      'publish',
      'withdraw_publication',
    ]);
    await at('2024-11-20T02:00:00Z');

    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', c.id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toContain('enforcement.case.decided');
  });

  it('answers a hearing request only where the fine reaches the art 63 threshold', async () => {
    const c = await newCase();
    await ok(c.id, 'file');
    await ok(c.id, 'end-investigation');
    await ok(c.id, 'notify', { proposedFine: 2_000, legalBasis: '《消防法》第六十条' });
    const refused = await step(c.id, 'request-hearing');
    expect(refused.json.error.code).toBe('HEARING_NOT_AVAILABLE');
    expect(refused.json.error.details.basis).toBe('《行政处罚法》第六十三条');
    const set = await officer.put('/api/v1/enforcement/settings', {
      citizen: 1_000,
      organisation: 10_000,
    });
    expect(set.status).toBe(200);
    expect((await ok(c.id, 'request-hearing')).status).toBe('hearing');
  });

  it('lets the county read with the party masked, never act as the town', async () => {
    const list = await county.get('/api/v1/enforcement/cases?pageSize=50');
    expect(list.status).toBe(200);
    const citizen = list.json.items.find((c: { partyKind: string }) => c.partyKind === 'citizen');
    expect(citizen.partyName).toBe('张*');
    const acted = await step(citizen.id, 'withdraw', { reason: '上级代办' }, county);
    expect(acted.status).toBe(403);
    expect((await head.get(`/api/v1/enforcement/cases/${citizen.id}`)).json.partyName).toBe('张三');
  });

  it('counts decisions by year and field and exports the ledger, traced', async () => {
    const stats = await officer.get('/api/v1/enforcement/stats?year=2025');
    expect(stats.status).toBe(200);
    expect(stats.json.decisions).toBe(1);
    expect(stats.json.fines).toBe(120_000);
    const xlsx = await officer.get('/api/v1/enforcement/cases/export?status=closed');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('案号');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(11).value).toBe(120_000);
    // The ledger names parties: taking it out leaves a trace with its filter and row count.
    const traced = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'enforcement.case.ledger_exported')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(traced.meta!)).toMatchObject({ filter: { status: 'closed' }, rows: 1 });
  });

  it('lists the town’s own accounts to name a certificate holder, to the team only', async () => {
    const res = await officer.get('/api/v1/enforcement/staff');
    expect(res.status).toBe(200);
    const names = res.json.items.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['officer', 'officer-b', 'head']));
    expect(names).not.toContain('county');
    expect((await county.get('/api/v1/enforcement/staff')).status).toBe(403);
  });

  it('publishes the entrustment on the portal', async () => {
    const res = await s.client().get('/api/v1/public/enforcement/entrustments');
    expect(res.status).toBe(200);
    expect(res.json.items[0].entrustingBody).toBe('慈溪市应急管理局');
  });
});
