import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/passwords.js';
import { insertUser, setRoles } from '../../users/user.repository.js';
import { enforcementTeam } from '../../../test/enforcement-team.js';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

/** 执法人员培训学时: sessions per officer, the yearly requirement set per town, holders below it flagged. */
describe.skipIf(pgMissing())('enforcement officers’ training hours', () => {
  let s: TestServer;
  let officer: TestClient;
  let county: TestClient;
  let ids: string[];
  let townId: string;

  const train = (userId: string, hours: number, heldOn = '2024-03-12', who = officer) =>
    who.post('/api/v1/enforcement/trainings', {
      userId,
      heldOn,
      hours,
      topic: '新《行政处罚法》专题培训',
    });

  beforeAll(async () => {
    s = await startTestServer();
    s.time.set('2024-06-03T02:00:00Z');
    officer = await s.as('officer');
    county = await s.as('county');
    ids = await enforcementTeam(
      s,
      officer,
      { username: 'train-officer-b', displayName: '郑执法' },
      { prefix: '浙培训330282', fields: ['safety_fire'] },
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

  it('sums each holder’s hours for the year and flags those below the default 60', async () => {
    for (const [userId, hours, day] of [
      [ids[0]!, 24, '2024-03-12'],
      [ids[0]!, 20, '2024-05-20'],
      [ids[0]!, 16.5, '2024-05-28'],
      [ids[1]!, 12, '2024-04-02'],
      [ids[1]!, 20, '2023-11-02'],
    ] as const) {
      const res = await train(userId, hours, day);
      expect(res.status, JSON.stringify(res.json)).toBe(201);
    }
    const list = await officer.get('/api/v1/enforcement/trainings?year=2024');
    expect(list.status).toBe(200);
    expect(list.json.items).toHaveLength(4);
    expect(list.json.status).toMatchObject({ year: 2024, required: 60, below: 1 });
    const by = (id: string) =>
      (list.json.status.officers as { userId: string }[]).find((o) => o.userId === id);
    expect(by(ids[0]!)).toMatchObject({ hours: 60.5, below: false });
    expect(by(ids[1]!)).toMatchObject({ hours: 12, below: true });

    const certs = await officer.get('/api/v1/enforcement/certificates');
    expect(certs.json).toMatchObject({ trainingYear: 2024, trainingRequired: 60 });
    const cert = (id: string) =>
      (certs.json.items as { userId: string }[]).find((c) => c.userId === id);
    expect(cert(ids[1]!)).toMatchObject({ trainingHours: 12, trainingBelow: true });
    expect(cert(ids[0]!)).toMatchObject({ trainingHours: 60.5, trainingBelow: false });

    const stats = await officer.get('/api/v1/enforcement/stats?year=2024');
    expect(stats.json.training).toMatchObject({ required: 60, below: 1 });

    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('action', '=', 'enforcement.training.recorded')
      .execute();
    expect(events).toHaveLength(5);
  });

  it('takes the town’s own requirement from its settings', async () => {
    const saved = await officer.put('/api/v1/enforcement/settings', {
      citizen: 10000,
      organisation: 100000,
      trainingHours: 10,
    });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(saved.json.trainingHours).toBe(10);
    const list = await officer.get('/api/v1/enforcement/trainings?year=2024');
    expect(list.json.status).toMatchObject({ required: 10, below: 0 });
    const certs = await officer.get('/api/v1/enforcement/certificates');
    expect((certs.json.items as { trainingBelow: boolean }[]).every((c) => !c.trainingBelow)).toBe(
      true,
    );
  });

  it('refuses a session in the future, of half-hours otherwise, or for another town’s account', async () => {
    const future = await train(ids[0]!, 2, '2024-06-04');
    expect(future.status).toBe(400);
    expect((await train(ids[0]!, 1.25)).status).toBe(400);

    const q = s.deps.db.kysely;
    const other = await q
      .selectFrom('orgs')
      .select('id')
      .where('kind', '=', 'town')
      .where('code', '!=', '330282109000')
      .executeTakeFirstOrThrow();
    const u = await insertUser(q, {
      orgId: other.id,
      username: 'train-other',
      displayName: '外镇执法',
      passwordHash: await hashPassword('Demo@2024'),
      mustChangePassword: false,
      now: new Date(),
    });
    await setRoles(q, u.id, ['enforcement_officer'], null, new Date());
    const foreign = await train(u.id, 2);
    expect(foreign.status).toBe(400);
    expect(foreign.json.error.details.field).toBe('userId');

    const outsider = await s.as('train-other');
    expect((await train(ids[0]!, 2, '2024-03-12', outsider)).status).toBe(400);
    const theirs = await outsider.get('/api/v1/enforcement/trainings?year=2024');
    expect(theirs.status).toBe(200);
    expect(theirs.json.items).toEqual([]);
    expect(
      (await outsider.get(`/api/v1/enforcement/trainings?year=2024&orgId=${townId}`)).status,
    ).not.toBe(200);
  });

  it('lets the county read the town’s hours and never record them', async () => {
    const read = await county.get(`/api/v1/enforcement/trainings?year=2024&orgId=${townId}`);
    expect(read.status).toBe(200);
    expect(read.json.items).toHaveLength(4);
    expect((await train(ids[0]!, 2, '2024-03-12', county)).status).toBe(403);
  });
});
