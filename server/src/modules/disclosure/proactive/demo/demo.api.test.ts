import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChains } from '../../../../core/audit/verify.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../../../test/test-env.js';
import { proactiveTableFigures, RECORDED_PENALTIES } from '../annual-figures.js';

/** The 桥头镇 2024 demo of 主动公开 and 三务公开, as the report and the board compute it. */
describe.skipIf(pgMissing())('disclosure demo data (桥头镇 2024)', () => {
  let s: TestServer;
  let townId: string;
  beforeAll(async () => {
    s = await startTestServer({ demo: 'full' });
    townId = (
      await s.deps.db.kysely
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  it('has a catalogue across the categories, withheld entries, drafts in progress and one overdue', async () => {
    const clerk = await s.as('clerk');
    const count = async (q: string) =>
      (await clerk.get(`/api/v1/disclosure/items?${q}`)).json.total as number;
    expect(await count('status=published')).toBeGreaterThanOrEqual(40);
    expect(await count('status=withheld')).toBe(3);
    expect(await count('status=draft')).toBe(3);
    expect(await count('status=in_review')).toBe(1);
    const overdue = (await clerk.get('/api/v1/disclosure/items?overdue=1')).json.items;
    expect(overdue.map((i: { title: string }) => i.title)).toEqual([
      '桥头镇2024年第三季度重大建设项目实施情况',
    ]);
    const categories = (
      await s.client().get('/api/v1/public/disclosure/categories')
    ).json.categories.filter((c: { count: number }) => c.count > 0);
    expect(categories.length).toBeGreaterThanOrEqual(20);
  });

  it('publishes the 申报文件 with their 政策解读 on the portal', async () => {
    const anon = s.client();
    const hits = (await anon.get(`/api/v1/public/disclosure/items?q=${encodeURIComponent('申报')}`))
      .json.items as { title: string; kindLabel: string }[];
    expect(hits.filter((h) => h.kindLabel === '政策解读').length).toBeGreaterThanOrEqual(2);
    expect(hits.map((h) => h.title)).toContain(
      '关于开展2024年度桥头镇农业产业化项目申报工作的通知',
    );
    const guide = (await anon.get('/api/v1/public/disclosure/guide')).json;
    expect(guide.officeName).toContain('党建综合办公室');
  });

  it('gives the annual report’s 表二 from the records', async () => {
    const f = await proactiveTableFigures(s.deps.db.kysely, townId, 2024);
    expect(f.article20Item1).toEqual({
      rules: { issued: 0, abolished: 0, inForce: 0 },
      normativeDocuments: { issued: 2, abolished: 1, inForce: 3 },
    });
    expect(f.article20Item5.licensingDecisions).toBe(126);
    // 行政处罚 is counted from the enforcement cases: 43 entrusted safety/fire decisions and 9 food-safety
    // decisions in the town's own name, not the figure entered in the yearly statistics (43).
    expect(f.article20Item6).toEqual({ penaltyDecisions: 52, coercionDecisions: 0 });
    expect(f.article20Item8).toEqual({ feesWan: 0, feesFen: 0 });
    expect(f.sources.penalties).toBe(RECORDED_PENALTIES);
  });

  it('shows 毛三斢村 and 潭河沿村 overdue on the board, 烟墩村 late, the rest compliant, and one complaint under investigation', async () => {
    const clerk = await s.as('clerk');
    const board = (await clerk.get('/api/v1/village-affairs/board?year=2024')).json;
    const overdue = board.villages
      .filter((v: { overdue: boolean }) => v.overdue)
      .map((v: { name: string }) => v.name);
    expect(overdue.sort()).toEqual(['毛三斢村', '潭河沿村'].sort());
    const ms = board.villages.find((v: { name: string }) => v.name === '毛三斢村');
    expect(
      ms.categories
        .filter((c: { overdue: boolean }) => c.overdue)
        .map((c: { category: string }) => c.category)
        .sort(),
    ).toEqual(['finance', 'party']);
    const yd = board.villages
      .find((v: { name: string }) => v.name === '烟墩村')
      .categories.find((c: { category: string }) => c.category === 'village');
    expect(yd.periods[1]).toMatchObject({ status: 'late', publishedOn: '2024-07-22' });
    const sl = board.villages
      .find((v: { name: string }) => v.name === '上林湖村')
      .categories.find((c: { category: string }) => c.category === 'finance');
    expect(sl.frequency).toBe('monthly');
    expect(sl.periods.slice(0, 10).every((p: { status: string }) => p.status === 'on_time')).toBe(
      true,
    );
    const complaints = (await clerk.get('/api/v1/village-affairs/complaints')).json.items;
    expect(complaints).toMatchObject([
      { status: 'investigating', village: { name: '毛三斢村' }, receivedOn: '2024-11-04' },
    ]);
    const posts = await s.deps.db.kysely
      .selectFrom('villageChannelPosts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(posts.n)).toBeGreaterThan(90);
  });

  it('leaves an intact audit trail', async () => {
    const reports = await verifyChains(s.deps.db.kysely, s.deps.secrets.audit.chainKey);
    expect(reports.every((r) => r.ok)).toBe(true);
  });
});
