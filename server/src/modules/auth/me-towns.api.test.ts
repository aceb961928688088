import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/**
 * County staff see many towns and choose one on the pages kept per town; /auth/me tells the web app
 * which towns those are, and the per-town endpoints take the chosen one as `orgId`.
 */
describe.skipIf(pgMissing())('towns a person works in or chooses among', () => {
  let s: TestServer;
  let county: TestClient;
  let townId: string;
  let villageId: string;

  beforeAll(async () => {
    s = await startTestServer();
    county = await s.as('county');
    const q = s.deps.db.kysely;
    townId = (
      await q
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
    villageId = (
      await q
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109202')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => s?.close());

  it('names the town of town and village staff, and the towns in scope of county staff', async () => {
    const clerk = (await (await s.as('clerk')).get('/api/v1/auth/me')).json.user;
    expect(clerk).toMatchObject({ town: { id: townId, name: '桥头镇' }, towns: [] });
    const cadre = (await (await s.as('cadre')).get('/api/v1/auth/me')).json.user;
    expect(cadre).toMatchObject({ town: { id: townId, name: '桥头镇' }, towns: [] });
    const above = (await county.get('/api/v1/auth/me')).json.user;
    expect(above.town).toBeNull();
    // Every town-level unit of 慈溪市 (乡镇、街道、开发区); villages and offices are not among them.
    expect(above.towns).toContainEqual({ id: townId, name: '桥头镇' });
    expect(above.towns.length).toBeGreaterThan(10);
    const names = above.towns.map((t: { name: string }) => t.name);
    expect(names).toContain('宗汉街道');
    expect(names).not.toContain('上林湖村');
  });

  it('lets county staff read a chosen town’s review settings, and says to choose one otherwise', async () => {
    const none = await county.get('/api/v1/review/settings');
    expect(none.status).toBe(400);
    expect(none.json.error).toMatchObject({
      code: 'TOWN_REQUIRED',
      message: expect.stringContaining('审查期限按乡镇设置'),
    });
    const chosen = await county.get(`/api/v1/review/settings?orgId=${townId}`);
    expect(chosen.status, JSON.stringify(chosen.json)).toBe(200);
    expect(chosen.json.periods.length).toBeGreaterThan(0);
    expect((await county.get(`/api/v1/review/settings?orgId=${villageId}`)).status).toBe(200);
    const cadre = await s.as('cadre');
    expect((await cadre.get(`/api/v1/review/settings?orgId=${townId}`)).status).toBe(404);
  });

  it('serves the per-town disclosure pages for the chosen town', async () => {
    for (const path of [
      '/api/v1/disclosure/guide',
      '/api/v1/disclosure/proactive-settings',
      '/api/v1/disclosure/proactive-figures/2024',
      '/api/v1/village-affairs/rules',
      '/api/v1/disclosure/annual-reports/2024',
      '/api/v1/disclosure/request-settings',
    ]) {
      const res = await county.get(`${path}?orgId=${townId}`);
      expect(res.status, `${path}: ${JSON.stringify(res.json)}`).toBe(200);
      const none = await county.get(path);
      expect(none.json.error?.code, `${path} without a town`).toBe('TOWN_REQUIRED');
    }
    const board = await county.get(`/api/v1/village-affairs/board?year=2024&orgId=${townId}`);
    expect(board.status, JSON.stringify(board.json)).toBe(200);
  });
});
