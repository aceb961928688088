import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/passwords.js';
import { insertUser, setRoles } from '../../users/user.repository.js';
import { enforcementTeam } from '../../../test/enforcement-team.js';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import { drawInspections } from './plan.draw.js';

interface Officer {
  name: string;
  certNo: string;
}
interface Drawn {
  object: string;
  officers: Officer[];
}
interface Blocked {
  action: string;
  code: string;
}

/** 双随机、一公开: a plan drafted, drawn with its seed, re-run from it, and published on the portal. */
describe.skipIf(pgMissing())('random inspection plans', () => {
  let s: TestServer;
  let officer: TestClient;
  let county: TestClient;

  const POOL = Array.from({ length: 12 }, (_, i) => `慈溪市桥头镇测试企业${i + 1}号`);
  const newPlan = async (over: Record<string, unknown> = {}, who = officer) =>
    who.post('/api/v1/enforcement/plans', {
      name: '2024年第二季度消防安全双随机抽查',
      year: 2024,
      period: '第二季度',
      matter: '人员密集场所消防安全检查',
      legalBasis: '《消防法》第五十三条',
      objects: POOL,
      drawCount: 4,
      officersPerInspection: 2,
      ...over,
    });
  const created = async (over: Record<string, unknown> = {}) => {
    const res = await newPlan(over);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json as { id: string; status: string; abilities: string[]; blocked: Blocked[] };
  };
  const step = (id: string, action: string, who = officer) =>
    who.post(`/api/v1/enforcement/plans/${id}/${action}`, {});
  const eventsOf = async (id: string) =>
    (
      await s.deps.db.kysely
        .selectFrom('auditEvents')
        .select('action')
        .where('targetId', '=', id)
        .orderBy('seq')
        .execute()
    ).map((e) => e.action);

  beforeAll(async () => {
    s = await startTestServer();
    s.time.set('2024-06-03T02:00:00Z');
    officer = await s.as('officer');
    county = await s.as('county');
    await enforcementTeam(
      s,
      officer,
      { username: 'plan-officer-b', displayName: '吴执法' },
      { prefix: '浙抽查330282', fields: ['safety_fire'] },
    );
  });
  afterAll(() => s?.close());

  it('draws objects and officers with a recorded seed that re-runs to the same result, then publishes', async () => {
    const plan = await created();
    expect(plan.status).toBe('draft');
    expect(plan.abilities).toEqual(['draw']);

    const refused = await step(plan.id, 'publish');
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('NOT_DRAWN');
    expect(refused.json.error.details.basis).toBe('《浙江省综合行政执法条例》第二十一条');

    const drawn = await step(plan.id, 'draw');
    expect(drawn.status, JSON.stringify(drawn.json)).toBe(200);
    expect(drawn.json.status).toBe('drawn');
    expect(drawn.json.abilities).toEqual(['publish']);
    const d = drawn.json.draw as {
      seed: string;
      reproducible: boolean;
      candidates: Officer[];
      inspections: Drawn[];
    };
    expect(d.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(d.reproducible).toBe(true);
    expect(d.inspections).toHaveLength(4);
    expect(new Set(d.inspections.map((i) => i.object)).size).toBe(4);
    for (const i of d.inspections) {
      expect(POOL).toContain(i.object);
      expect(i.officers).toHaveLength(2);
      expect(new Set(i.officers.map((o) => o.certNo)).size).toBe(2);
    }

    // Anyone re-runs the published draw from its seed, pool and candidates (in their order).
    const rerun = drawInspections({
      seed: d.seed,
      objects: drawn.json.objects,
      count: drawn.json.drawCount,
      officers: d.candidates.map((c) => c.certNo),
      perInspection: drawn.json.officersPerInspection,
    });
    expect(rerun).toEqual(
      d.inspections.map((i) => ({
        object: i.object,
        officers: i.officers.map((o) => o.certNo),
      })),
    );

    expect((await step(plan.id, 'draw')).json.error.code).toBe('INVALID_STATE');
    const portalBefore = await s.client().get('/api/v1/public/enforcement/plans');
    expect((portalBefore.json.items as { id: string }[]).map((p) => p.id)).not.toContain(plan.id);

    const published = await step(plan.id, 'publish');
    expect(published.status).toBe(200);
    expect(published.json).toMatchObject({ status: 'published', publishedOn: '2024-06-03' });
    expect(published.json.abilities).toEqual([]);
    expect((published.json.path as { action: string }[]).map((p) => p.action)).toEqual([
      'draw',
      'publish',
    ]);
    expect(await eventsOf(plan.id)).toEqual([
      'enforcement.plan.created',
      'enforcement.plan.drawn',
      'enforcement.plan.published',
    ]);

    const portal = await s.client().get('/api/v1/public/enforcement/plans');
    expect(portal.status).toBe(200);
    const entry = (portal.json.items as { id: string; draw: unknown }[]).find(
      (p) => p.id === plan.id,
    )!;
    expect(entry.draw).toMatchObject({ seed: d.seed, inspections: d.inspections });
  });

  it('refuses a pool smaller than the draw, duplicates, and fewer than two officers (art 42)', async () => {
    const tooMany = await newPlan({ drawCount: 13 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.code).toBe('DRAW_EXCEEDS_POOL');
    const dup = await newPlan({ objects: ['甲公司', '甲公司'], drawCount: 1 });
    expect(dup.json.error.code).toBe('DUPLICATE_OBJECTS');
    const alone = await newPlan({ officersPerInspection: 1 });
    expect(alone.status).toBe(422);
    expect(alone.json.error.code).toBe('TOO_FEW_OFFICERS');
    expect(alone.json.error.details.basis).toBe('《行政处罚法》第四十二条');
  });

  it('refuses to draw with fewer certified officers than an inspection needs (art 42)', async () => {
    const plan = await created({ officersPerInspection: 10 });
    expect(plan.abilities).toEqual([]);
    expect(plan.blocked.find((b) => b.action === 'draw')?.code).toBe('NOT_ENOUGH_OFFICERS');
    const refused = await step(plan.id, 'draw');
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('NOT_ENOUGH_OFFICERS');
    expect(refused.json.error.details.basis).toBe('《行政处罚法》第四十二条');
    expect((await officer.get(`/api/v1/enforcement/plans/${plan.id}`)).json.status).toBe('draft');
    expect(await eventsOf(plan.id)).toEqual(['enforcement.plan.created']);
  });

  it('lets the county read and never act; another town sees nothing', async () => {
    const plan = await created();
    const read = await county.get(`/api/v1/enforcement/plans/${plan.id}`);
    expect(read.status).toBe(200);
    expect(read.json.abilities).toEqual([]);
    const acted = await step(plan.id, 'draw', county);
    expect(acted.status).toBe(403);
    expect((await newPlan({}, county)).status).toBe(403);

    const q = s.deps.db.kysely;
    const other = await q
      .selectFrom('orgs')
      .select('id')
      .where('kind', '=', 'town')
      .where('code', '!=', '330282109000')
      .executeTakeFirstOrThrow();
    const u = await insertUser(q, {
      orgId: other.id,
      username: 'plan-other',
      displayName: '外镇执法',
      passwordHash: await hashPassword('Demo@2024'),
      mustChangePassword: false,
      now: new Date(),
    });
    await setRoles(q, u.id, ['enforcement_officer'], null, new Date());
    const outsider = await s.as('plan-other');
    expect((await outsider.get(`/api/v1/enforcement/plans/${plan.id}`)).status).toBe(404);
    expect((await step(plan.id, 'draw', outsider)).status).toBe(404);
    expect((await outsider.get('/api/v1/enforcement/plans')).json.total).toBe(0);
    expect((await (await s.as('cadre')).get('/api/v1/enforcement/plans')).status).toBe(403);
    expect(await eventsOf(plan.id)).toEqual(['enforcement.plan.created']);
  });
});
