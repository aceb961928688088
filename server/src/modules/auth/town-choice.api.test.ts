import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../test/test-env.js';

/**
 * The county official's town selector (issue #15): the choice is kept with the person, opens on the
 * town with the most recent activity until they choose, and every per-town list and figure follows it.
 */
describe.skipIf(pgMissing())('the town chosen in the header', () => {
  let s: TestServer;
  let county: TestClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full' });
    county = await s.as('county');
    const rows = await q()
      .selectFrom('orgs')
      .select(['id', 'code'])
      .where('code', 'in', ['330282109000', '330282003000'])
      .execute();
    for (const r of rows) ids[r.code] = r.id;
    // Outside the county official's scope: the city above the county (宁波市).
    const countyOrg = await q()
      .selectFrom('orgs')
      .select('parentId')
      .where('code', '=', '330282000000')
      .executeTakeFirstOrThrow();
    ids.outside = countyOrg.parentId!;
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  const q = () => s.deps.db.kysely;
  const qiaotou = () => ids['330282109000']!;
  const sibling = () => ids['330282003000']!;

  it('opens on the town with the most recent activity, not the first by division code', async () => {
    const me = (await county.get('/api/v1/auth/me')).json.user;
    expect(me.towns[0].id).not.toBe(qiaotou());
    expect(me.chosenTown).toEqual({ id: qiaotou(), name: '桥头镇' });
    const clerk = (await (await s.as('clerk')).get('/api/v1/auth/me')).json.user;
    expect(clerk.chosenTown).toBeNull();
  });

  it('remembers the chosen town with the person, and records the choice', async () => {
    const res = await county.put('/api/v1/auth/me/town', { townId: sibling() });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.id).toBe(sibling());
    // Another browser (a new session) opens on the same town.
    const again = await s.as('county');
    expect((await again.get('/api/v1/auth/me')).json.user.chosenTown.id).toBe(sibling());
    const event = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['action', 'changes'])
      .where('action', '=', 'auth.user.town_chosen')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.changes!).chosenTownId.after).toBe(sibling());
    await county.put('/api/v1/auth/me/town', { townId: qiaotou() });
    expect((await county.get('/api/v1/auth/me')).json.user.chosenTown.id).toBe(qiaotou());
  });

  it('refuses a town outside the scope, and town staff whose town is fixed', async () => {
    const other = await county.put('/api/v1/auth/me/town', { townId: ids.outside });
    expect(other.status).toBe(404);
    const clerk = await s.as('clerk');
    const fixed = await clerk.put('/api/v1/auth/me/town', { townId: qiaotou() });
    expect(fixed.status).toBe(400);
    expect(fixed.json.error.code).toBe('TOWN_FIXED');
    expect((await clerk.put('/api/v1/auth/me/town', { townId: sibling() })).status).toBe(404);
  });

  /** Each per-town list or figure with its count, for the town named as `orgId`. */
  type Json = {
    total: number;
    reviewedOnPlatform: number;
    report: { offlineVillageContracts: number };
    byState: { count: number }[];
  };
  const figures: [string, (json: Json) => number][] = [
    [
      '/api/v1/review/stats?year=2024',
      (j) => j.reviewedOnPlatform + j.report.offlineVillageContracts,
    ],
    ['/api/v1/review/dashboard', (j) => j.byState.reduce((n, r) => n + r.count, 0)],
    ['/api/v1/review/filings?year=2024', (j) => j.total],
    ['/api/v1/review/fcr', (j) => j.total],
    ['/api/v1/review/fcr-cleanups', (j) => j.total],
    ['/api/v1/disclosure/items', (j) => j.total],
    ['/api/v1/disclosure/requests', (j) => j.total],
    ['/api/v1/village-affairs/items', (j) => j.total],
    ['/api/v1/village-affairs/complaints', (j) => j.total],
  ];

  it('filters every per-town list and figure by the chosen town', async () => {
    for (const [path, count] of figures) {
      const sep = path.includes('?') ? '&' : '?';
      const mine = await county.get(`${path}${sep}orgId=${qiaotou()}`);
      expect(mine.status, `${path}: ${JSON.stringify(mine.json)}`).toBe(200);
      const empty = await county.get(`${path}${sep}orgId=${sibling()}`);
      expect(empty.status, path).toBe(200);
      expect(count(mine.json), `${path} in 桥头镇`).toBeGreaterThan(0);
      expect(count(empty.json), `${path} in a town without records`).toBe(0);
      const outside = await county.get(`${path}${sep}orgId=${ids.outside}`);
      expect(outside.status, `${path} for another county's town`).toBe(404);
    }
  });
});
