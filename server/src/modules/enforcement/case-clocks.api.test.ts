import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforcementTeam } from '../../test/enforcement-team.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

interface Badge {
  id: string;
  purpose: string;
  startDate: string;
  limitDays: number;
  unit: string;
  extensionDays: number;
  dueDate: string;
  state: string;
  stoppedOn: string | null;
  basis: string;
}

/**
 * A general-procedure case's statutory clocks as the calendar's clock rows owned by the case:
 * 作出决定 (行政处罚法 第六十条), 先行登记保存处理决定 (第五十六条), 送达 (第六十一条), 公开 (第四十八条,
 * only for a decision judged to have social impact), 缴纳罚款 (第六十七条).
 */
describe.skipIf(pgMissing())('enforcement case clocks', () => {
  let s: TestServer;
  let officer: TestClient;
  let head: TestClient;
  const officerIds: string[] = [];
  let entrustmentId: string;

  const at = async (iso: string) => {
    s.time.set(iso);
    [officer, head] = [await s.as('officer'), await s.as('head')];
  };
  const ok = async (id: string, path: string, body: unknown = {}, who = officer) => {
    const res = await who.post(`/api/v1/enforcement/cases/${id}/${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json as { status: string; clocks: Badge[]; [k: string]: unknown };
  };
  const clock = (d: { clocks: Badge[] }, purpose: string) =>
    d.clocks.find((c) => c.purpose === purpose);
  const newCase = async () => {
    const res = await officer.post('/api/v1/enforcement/cases', {
      title: '占用、堵塞疏散通道',
      field: 'safety_fire',
      authorityBasis: 'entrusted',
      entrustmentId,
      partyName: '张三',
      partyKind: 'citizen',
      facts: '当事人在其经营场所内占用、堵塞疏散通道。',
      officerIds,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json.clocks).toEqual([]);
    return res.json.id as string;
  };
  const enforcementModule = async () => {
    const res = await head.get('/api/v1/cockpit?year=2024');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return (
      res.json.modules as { subjectType: string; module: string; open: number; overdue: number }[]
    ).find((m) => m.subjectType === 'enforcement_case');
  };

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
    await at('2024-11-20T02:00:00Z');
    officerIds.push(
      ...(await enforcementTeam(
        s,
        officer,
        { username: 'officer-c', displayName: '钱执法' },
        { prefix: '浙33028227', fields: ['safety_fire'] },
      )),
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

  it('runs each period from the step that starts it to the step that satisfies it', async () => {
    const id = await newCase();
    const filed = await ok(id, 'file');
    expect(filed.clocks).toHaveLength(1);
    const decision = filed.clocks[0]!;
    expect(decision).toMatchObject({
      purpose: '作出处罚决定期限',
      startDate: '2024-11-20',
      limitDays: 90,
      unit: 'calendar',
      dueDate: '2025-02-18',
      state: 'running',
      basis: '《行政处罚法》第六十条',
    });
    expect(decision.dueDate).toBe(filed.decisionDue);
    expect(await enforcementModule()).toMatchObject({ module: '行政执法', open: 1, overdue: 0 });

    // The generic extension refuses the case's clock; only the case's own approved step lengthens it.
    const generic = await head.post(`/api/v1/clocks/${decision.id}/extend`, {
      days: 30,
      reason: '试图直接延长',
      basis: '《行政处罚法》第六十条',
    });
    expect(generic.status).toBe(422);
    expect(generic.json.error.code).toBe('CLOCK_OWNED_BY_MODULE');
    expect((await head.get(`/api/v1/clocks/${decision.id}`)).json.abilities.extend).toBe(false);

    await ok(id, 'end-investigation');
    await ok(id, 'notify', { proposedFine: 2_000, legalBasis: '《消防法》第六十条' });
    await ok(id, 'close-defence');
    const extended = await ok(id, 'extend', { days: 30, reason: '案情复杂，经负责人批准延长' });
    expect(clock(extended, '作出处罚决定期限')).toMatchObject({
      extensionDays: 30,
      dueDate: '2025-03-20',
    });
    expect(extended.decisionDue).toBe('2025-03-20');
    const view = await head.get(`/api/v1/clocks/${decision.id}`);
    expect(view.json.extensions[0].reason).toBe('案情复杂，经负责人批准延长');

    await at('2024-12-02T02:00:00Z');
    const decided = await ok(id, 'decide', {
      fine: 2_000,
      penalty: '罚款',
      legalBasis: '《消防法》第六十条',
      publishable: true,
    });
    expect(decided.publishable).toBe(true);
    expect(clock(decided, '作出处罚决定期限')).toMatchObject({
      state: 'stopped',
      stoppedOn: '2024-12-02',
    });
    // 七日 are working days (第八十五条): Tuesday 3rd to Wednesday 11th.
    expect(clock(decided, '送达处罚决定书期限')).toMatchObject({
      startDate: '2024-12-02',
      limitDays: 7,
      unit: 'working',
      dueDate: '2024-12-11',
      state: 'running',
      basis: '《行政处罚法》第六十一条、第八十五条',
    });
    const publication = clock(decided, '公开处罚决定期限')!;
    expect(publication).toMatchObject({ unit: 'working', state: 'running' });
    expect(publication.dueDate).toBe(decided.publishDue);
    expect(await enforcementModule()).toMatchObject({ open: 2, overdue: 0 });

    await at('2024-12-04T02:00:00Z');
    const served = await ok(id, 'serve');
    expect(clock(served, '送达处罚决定书期限')).toMatchObject({
      state: 'stopped',
      stoppedOn: '2024-12-04',
    });
    expect(clock(served, '缴纳罚款期限')).toMatchObject({
      startDate: '2024-12-04',
      limitDays: 15,
      dueDate: '2024-12-19',
      state: 'running',
      basis: '《行政处罚法》第六十七条',
    });
    expect(clock(served, '缴纳罚款期限')!.dueDate).toBe(served.paymentDue);

    const published = await ok(id, 'publish', {}, head);
    expect(clock(published, '公开处罚决定期限')!.state).toBe('stopped');

    // Unpaid past the fifteen days: the cockpit counts the case overdue.
    await at('2024-12-23T02:00:00Z');
    expect(await enforcementModule()).toMatchObject({ open: 1, overdue: 1 });
    const paid = await ok(id, 'execute');
    expect(clock(paid, '缴纳罚款期限')).toMatchObject({
      state: 'stopped',
      stoppedOn: '2024-12-23',
    });
    expect(await enforcementModule()).toBeUndefined();
    const closed = await ok(id, 'close');
    expect(closed.clocks.map((c) => c.state)).toEqual(['stopped', 'stopped', 'stopped', 'stopped']);
  });

  it('stops every clock of a case that ends without a decision (撤案, 不予处罚)', async () => {
    const withdrawn = await newCase();
    await ok(withdrawn, 'file');
    const ended = await ok(withdrawn, 'withdraw', { reason: '违法事实不能成立' });
    expect(ended.clocks).toMatchObject([{ state: 'stopped', stoppedOn: '2024-12-23' }]);

    const spared = await newCase();
    await ok(spared, 'file');
    await ok(spared, 'end-investigation');
    const notPunished = await ok(spared, 'not-punish', { reason: '违法行为轻微并及时改正' });
    expect(notPunished.clocks).toMatchObject([{ state: 'stopped' }]);
    expect(await enforcementModule()).toBeUndefined();
  });

  it('opens no 公开 clock for a decision without social impact, and refuses to publish it (art 48)', async () => {
    await at('2025-01-06T02:00:00Z');
    const id = await newCase();
    await ok(id, 'file');
    await ok(id, 'end-investigation');
    await ok(id, 'notify', { proposedFine: 500, legalBasis: '《消防法》第六十条' });
    await ok(id, 'close-defence');
    const unjudged = await officer.post(`/api/v1/enforcement/cases/${id}/decide`, {
      fine: 500,
      penalty: '罚款',
      legalBasis: '《消防法》第六十条',
    });
    expect(unjudged.status).toBe(400);
    const decided = await ok(id, 'decide', {
      fine: 500,
      penalty: '罚款',
      legalBasis: '《消防法》第六十条',
      publishable: false,
    });
    expect(decided.publishable).toBe(false);
    expect(decided.publishDue).toBeNull();
    expect(clock(decided, '公开处罚决定期限')).toBeUndefined();
    expect(decided.clocks.map((c) => c.purpose)).toEqual([
      '作出处罚决定期限',
      '送达处罚决定书期限',
    ]);
    expect(decided.abilities).not.toContain('publish');
    expect(decided.blocked).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'publish',
          code: 'NOT_PUBLISHABLE',
          basis: '《行政处罚法》第四十八条第一款',
        }),
      ]),
    );
    // Only the 送达 clock is open: nothing awaits publication.
    expect(await enforcementModule()).toMatchObject({ open: 1 });
    const refused = await head.post(`/api/v1/enforcement/cases/${id}/publish`, {});
    expect(refused.status).toBe(422);
    expect(refused.json.error).toMatchObject({
      code: 'NOT_PUBLISHABLE',
      details: { basis: '《行政处罚法》第四十八条第一款' },
    });
    await ok(id, 'serve');
    await ok(id, 'execute');
    expect(await enforcementModule()).toBeUndefined();
  });

  it('gives each 先行登记保存 its own seven working days; the investigation waits for every decision (art 56, art 85)', async () => {
    interface Preservation {
      id: string;
      preservedOn: string;
      evidence: string;
      dueDate: string;
      overdue: boolean;
      clockId: string;
      decidedOn: string | null;
      outcome: string | null;
      outcomeLabel: string | null;
    }
    const preservations = (d: Record<string, unknown>) => d.preservations as Preservation[];
    const badge = (d: { clocks: Badge[] }, id: string) => d.clocks.find((c) => c.id === id);
    const refused = async (path: string, code: string, body: unknown = {}, who = head) => {
      const res = await who.post(`/api/v1/enforcement/cases/${id}/${path}`, body);
      expect(res.status, JSON.stringify(res.json)).toBe(422);
      expect(res.json.error).toMatchObject({
        code,
        details: { basis: '《行政处罚法》第五十六条、第八十五条' },
      });
    };

    await at('2024-12-23T02:00:00Z');
    const id = await newCase();
    await ok(id, 'file');
    const clerk = await s.as('clerk');
    expect(
      (
        await clerk.post(`/api/v1/enforcement/cases/${id}/preserve-evidence`, {
          evidence: '灭火器2具',
        })
      ).status,
    ).toBe(403);
    const first = await ok(
      id,
      'preserve-evidence',
      { evidence: '过期灭火器2具（就地封存）' },
      head,
    );
    // 12-24..12-31 are six working days, 元旦 is off, 2025-01-02 is the seventh.
    expect(preservations(first)).toMatchObject([
      {
        preservedOn: '2024-12-23',
        evidence: '过期灭火器2具（就地封存）',
        dueDate: '2025-01-02',
        overdue: false,
        decidedOn: null,
      },
    ]);
    expect(badge(first, preservations(first)[0]!.clockId)).toMatchObject({
      purpose: '先行登记保存证据处理决定期限',
      startDate: '2024-12-23',
      limitDays: 7,
      unit: 'working',
      dueDate: '2025-01-02',
      state: 'running',
      basis: '《行政处罚法》第五十六条、第八十五条',
    });

    // Goods at a second site, two days later: a second preservation with its own clock.
    await at('2024-12-25T02:00:00Z');
    const second = await ok(id, 'preserve-evidence', { evidence: '仓库内灭火器5具' }, head);
    const [a, b] = preservations(second);
    expect(b).toMatchObject({ preservedOn: '2024-12-25', dueDate: '2025-01-06', overdue: false });
    expect(a!.clockId).not.toBe(b!.clockId);
    // The decision clock (第六十条) and both preservation clocks run side by side.
    expect(await enforcementModule()).toMatchObject({ open: 3, overdue: 0 });
    await refused('end-investigation', 'PRESERVATION_UNDECIDED', {}, officer);
    await refused('withdraw', 'PRESERVATION_UNDECIDED', { reason: '违法事实不能成立' });

    // Past the first one's seventh working day: it alone is overdue.
    await at('2025-01-03T02:00:00Z');
    expect(await enforcementModule()).toMatchObject({ open: 3, overdue: 1 });
    const late = (await head.get(`/api/v1/enforcement/cases/${id}`)).json;
    expect(preservations(late).map((p) => p.overdue)).toEqual([true, false]);

    const decideA = { preservationId: a!.id, outcome: 'release', note: '经检验合格，解除登记保存' };
    const oneDecided = await ok(id, 'decide-preserved', decideA, head);
    expect(preservations(oneDecided)[0]).toMatchObject({
      decidedOn: '2025-01-03',
      outcome: 'release',
      outcomeLabel: '解除先行登记保存，退还当事人',
      overdue: false,
    });
    expect(badge(oneDecided, a!.clockId)).toMatchObject({
      state: 'stopped',
      stoppedOn: '2025-01-03',
    });
    expect(badge(oneDecided, b!.clockId)).toMatchObject({ state: 'running' });
    // One undecided preservation still holds the investigation open.
    await refused('end-investigation', 'PRESERVATION_UNDECIDED', {}, officer);
    await refused('decide-preserved', 'PRESERVATION_DECIDED', decideA);
    await refused('decide-preserved', 'PRESERVATION_NOT_FOUND', {
      ...decideA,
      preservationId: '0193f0a0-0000-7000-8000-000000000000',
    });

    const bothDecided = await ok(
      id,
      'decide-preserved',
      { preservationId: b!.id, outcome: 'confiscate' },
      head,
    );
    expect(badge(bothDecided, b!.clockId)).toMatchObject({
      state: 'stopped',
      stoppedOn: '2025-01-03',
    });
    expect(preservations(bothDecided).every((p) => p.decidedOn === '2025-01-03')).toBe(true);
    expect(await enforcementModule()).toMatchObject({ open: 1, overdue: 0 });
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', id)
      .where('action', 'in', [
        'enforcement.case.evidence_preserved',
        'enforcement.case.preservation_decided',
      ])
      .execute();
    expect(events).toHaveLength(4);
    const ended = await ok(id, 'end-investigation');
    expect(ended.status).toBe('investigated');
  });
});
