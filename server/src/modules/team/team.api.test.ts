import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { seedTeamDemo } from './demo/team.demo.js';

/** 法治队伍与学法述法: the 2024 demo through the services gives the report's figures; writes are checked. */
describe.skipIf(pgMissing())('legal team and 学法述法', () => {
  let s: TestServer;
  let clerk: TestClient;
  let county: TestClient;
  let officer: TestClient;

  beforeAll(async () => {
    s = await startTestServer({ now: '2025-01-10T02:00:00Z' });
    officer = await s.as('officer');
    // The officer's 执法证 lives in the enforcement module's one registry.
    const me = (await officer.get('/api/v1/auth/me')).json;
    const cert = await officer.post('/api/v1/enforcement/certificates', {
      userId: me.id ?? me.user?.id,
      certNo: '浙330282230099',
      fields: ['safety_fire'],
      issuedOn: '2021-03-01',
      expiresOn: '2025-02-28',
    });
    expect(cert.status, JSON.stringify(cert.json)).toBe(201);
    await seedTeamDemo(s.deps);
    [clerk, county] = [await s.as('clerk'), await s.as('county')];
  });
  afterAll(() => s?.close());

  it('reproduces the 2024 report: 6 thematic sessions; 1 law-master reviewer, 3 law bachelors, 4 qualified; 2 adviser teams', async () => {
    const res = await clerk.get('/api/v1/team/stats?year=2024');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.study).toMatchObject({
      thematicSessions: { value: 6 },
      preMeetingSessions: { value: 4 },
      shufaReports: { value: 2 },
    });
    expect(res.json.team).toMatchObject({
      lawMasterReviewers: { value: 1 },
      lawBachelors: { value: 3 },
      legalQualified: { value: 4 },
      adviserTeams: { value: 2 },
      trainingHours: { value: 32 },
    });
    // 2023: the one who left in June still counts; one thematic session; one adviser team.
    const y2023 = (await clerk.get('/api/v1/team/stats?year=2023')).json;
    expect(y2023.study.thematicSessions.value).toBe(1);
    expect(y2023.team.adviserTeams.value).toBe(1);
    expect(y2023.team.lawBachelors.value).toBe(4);
  });

  it('shows each member’s 执法证 from the enforcement registry, and hides qualification numbers from the county', async () => {
    const roster = (await clerk.get('/api/v1/team/members?year=2024')).json.items;
    const sun = roster.find((m: { name: string }) => m.name === '孙执法');
    expect(sun.certificates).toEqual([
      {
        kind: '行政执法证',
        certNo: '浙330282230099',
        issuedOn: '2021-03-01',
        expiresOn: '2025-02-28',
        valid: true,
      },
    ]);
    expect(sun.degreeLabel).toBe('法学学士');
    expect(roster.find((m: { name: string }) => m.name === '李法审').trainingHours).toBe(16);
    const above = (await county.get('/api/v1/team/members')).json.items;
    expect(above.every((m: { qualificationNo: string | null }) => m.qualificationNo === null)).toBe(
      true,
    );
  });

  it('keeps adviser logs within the contract and averages the 述法 panel', async () => {
    const contracts = (await clerk.get('/api/v1/team/contracts?year=2024')).json.items;
    expect(contracts).toHaveLength(2);
    expect(contracts[0]).toMatchObject({
      teamName: '镇政府法律顾问团队',
      services: 3,
      serviceHours: 6.5,
    });
    const outside = await clerk.post(`/api/v1/team/contracts/${contracts[0].id}/logs`, {
      servedOn: '2025-01-05',
      kind: 'opinion',
      summary: '合同期外',
      minutes: 60,
    });
    expect(outside.status).toBe(400);
    expect(outside.json.error.code).toBe('OUTSIDE_CONTRACT');
    const shufa = (await clerk.get('/api/v1/team/shufa?year=2024')).json.items;
    expect(shufa[0]).toMatchObject({ reporter: '党委书记', average: 91.2, trimmedAverage: 91 });
    const sessions = (await clerk.get('/api/v1/team/study-sessions?year=2024')).json.items;
    expect(sessions.find((x: { heldOn: string }) => x.heldOn === '2024-07-23')).toMatchObject({
      kindLabel: '专题法治学习会',
      attendanceRate: 87.5,
    });
  });

  it('lets the town’s staff record 学法, each with its audit event; the county only reads', async () => {
    const res = await county.post('/api/v1/team/study-sessions', {
      kind: 'thematic',
      heldOn: '2024-12-01',
      title: '越权登记',
      attendees: ['某人'],
      absentees: [],
      materials: [],
    });
    expect(res.status).toBe(403);
    const mine = await clerk.post('/api/v1/team/study-sessions', {
      kind: 'thematic',
      heldOn: '2024-12-10',
      title: '《法律援助法》专题学习',
      attendees: ['镇长'],
      absentees: [],
      materials: ['《法律援助法》'],
    });
    expect(mine.status).toBe(201);
    expect(
      (await clerk.get('/api/v1/team/stats?year=2024')).json.study.thematicSessions.value,
    ).toBe(7);
    const event = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', mine.json.id)
      .executeTakeFirst();
    expect(event?.action).toBe('team.study.held');
  });
});
