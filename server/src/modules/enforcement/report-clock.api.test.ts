import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforcementTeam } from '../../test/enforcement-team.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

interface Badge {
  purpose: string;
  startDate: string;
  limitDays: number;
  unit: string;
  dueDate: string;
  state: string;
  status: string;
  stoppedOn: string | null;
  basis: string;
}

const REPORT = '当场处罚决定备案期限';

/**
 * The town's default judgement of 具有一定社会影响 (行政处罚法 第四十八条第一款) the decide forms start from,
 * and the 备案 of an on-the-spot decision (第五十二条第三款) as a clock of the case, in working days
 * (第八十五条): opened by 当场作出处罚决定, overdue past its day, stopped by 备案.
 */
describe.skipIf(pgMissing())('enforcement: publication defaults and the 备案 clock', () => {
  let s: TestServer;
  let officer: TestClient;
  let head: TestClient;
  let county: TestClient;
  let townId: string;
  const officerIds: string[] = [];

  const at = async (iso: string) => {
    s.time.set(iso);
    [officer, head, county] = [await s.as('officer'), await s.as('head'), await s.as('county')];
  };
  const ok = async (id: string, path: string, body: unknown = {}) => {
    const res = await officer.post(`/api/v1/enforcement/cases/${id}/${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json as { clocks: Badge[]; reportDue: string | null; [k: string]: unknown };
  };
  const reportClock = (d: { clocks: Badge[] }) => d.clocks.find((c) => c.purpose === REPORT);
  const enforcementModule = async () => {
    const res = await head.get('/api/v1/cockpit?year=2024');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return (res.json.modules as { subjectType: string; open: number; overdue: number }[]).find(
      (m) => m.subjectType === 'enforcement_case',
    );
  };

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-12-27T02:00:00Z' });
    await at('2024-12-27T02:00:00Z');
    officerIds.push(
      ...(await enforcementTeam(
        s,
        officer,
        { username: 'officer-r', displayName: '冯执法' },
        { prefix: '浙33028266', fields: ['urban_management'] },
      )),
    );
    townId = (
      await s.deps.db.kysely
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => s?.close());

  it('keeps the town’s default judgement per procedure; county staff read it only', async () => {
    const base = { citizen: 10_000, organisation: 100_000 };
    const before = await officer.get('/api/v1/enforcement/settings');
    expect(before.json).toMatchObject({
      publishableGeneral: true,
      publishableSimple: false,
      publishableBasis: '《行政处罚法》第四十八条第一款',
    });
    const wrong = await head.put('/api/v1/enforcement/settings', {
      ...base,
      publishableSimple: '是',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.code).toBe('VALIDATION_FAILED');

    const set = await head.put('/api/v1/enforcement/settings', {
      ...base,
      publishableGeneral: false,
      publishableSimple: true,
    });
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    expect(set.json).toMatchObject({ publishableGeneral: false, publishableSimple: true });
    const audit = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('changes')
      .where('action', '=', 'enforcement.settings.updated')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.changes!)).toMatchObject({
      publishableGeneral: { before: true, after: false },
      publishableSimple: { before: false, after: true },
    });
    // A save that leaves them out keeps them.
    const kept = await head.put('/api/v1/enforcement/settings', { ...base, trainingHours: 40 });
    expect(kept.json).toMatchObject({ publishableGeneral: false, publishableSimple: true });

    const read = await county.get(`/api/v1/enforcement/settings?orgId=${townId}`);
    expect(read.status, JSON.stringify(read.json)).toBe(200);
    expect(read.json).toMatchObject({ publishableGeneral: false, publishableSimple: true });
    const refused = await county.put('/api/v1/enforcement/settings', {
      ...base,
      orgId: townId,
      publishableGeneral: true,
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('FORBIDDEN');
    expect((await officer.get('/api/v1/enforcement/settings')).json.publishableGeneral).toBe(false);
  });

  it('runs the 备案 clock from the on-the-spot decision to the 备案, in working days', async () => {
    const created = await officer.post('/api/v1/enforcement/cases', {
      title: '店外占道经营',
      field: 'urban_management',
      authorityBasis: 'granted',
      partyName: '李四',
      partyKind: 'citizen',
      facts: '当事人在店铺门外人行道上摆摊经营。',
      officerIds,
      procedure: 'simple',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.id as string;

    // Decided Friday 2024-12-27: 12-30, 12-31, (元旦), 01-02, 01-03, 01-06 — the town's five working days.
    const decided = await ok(id, 'decide-on-spot', {
      fine: 100,
      penalty: '警告并处罚款',
      legalBasis: '《浙江省城市市容和环境卫生管理条例》',
      formNo: '浙当罚00020001',
      certificateShown: true,
      publishable: false,
    });
    expect(reportClock(decided)).toMatchObject({
      startDate: '2024-12-27',
      limitDays: 5,
      unit: 'working',
      dueDate: '2025-01-06',
      state: 'running',
      status: 'on_track',
      basis: '《行政处罚法》第五十二条第三款、第八十五条',
    });
    expect(decided.reportDue).toBe('2025-01-06');
    expect(await enforcementModule()).toMatchObject({ open: 1, overdue: 0 });

    // Past the fifth working day: the clock is overdue on the case and in the cockpit.
    await at('2025-01-07T02:00:00Z');
    const late = await officer.get(`/api/v1/enforcement/cases/${id}`);
    expect(reportClock(late.json)).toMatchObject({ state: 'running', status: 'overdue' });
    expect(await enforcementModule()).toMatchObject({ open: 1, overdue: 1 });

    const reported = await ok(id, 'report');
    expect(reported.reportedOn).toBe('2025-01-07');
    expect(reportClock(reported)).toMatchObject({
      state: 'stopped',
      status: 'stopped',
      stoppedOn: '2025-01-07',
    });
    expect(await enforcementModule()).toBeUndefined();
    const again = await officer.post(`/api/v1/enforcement/cases/${id}/report`, {});
    expect(again.status).toBe(409);
  });
});
