import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutation } from '../../core/mutation.js';
import { createTask } from '../../core/tasks/tasks.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { loadUserActor } from '../auth/actor-loader.js';

describe.skipIf(pgMissing())('首页: each module’s open work for the signed-in person', () => {
  let s: TestServer;
  const q = () => s.deps.db.kysely;
  const idOf = async (username: string) =>
    (
      await q()
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    s = await startTestServer({ now: '2026-12-02T02:00:00Z' }); // Wednesday
    const townId = (
      await q()
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
    const clerkId = await idOf('clerk');
    const ctx = {
      actor: await loadUserActor(q(), clerkId),
      ip: null,
      userAgent: null,
      requestId: 'test',
    };
    const base = { orgId: townId, kind: 'test.todo', subjectType: 'test_case', link: '/test' };
    const reviewerId = await idOf('reviewer');
    await mutation(s.deps, ctx, async (m) => {
      await createTask(m, {
        ...base,
        module: 'review',
        subjectId: 'r1',
        title: '受理甲',
        assigneeUserId: clerkId,
        dueDate: '2026-12-04',
      });
      await createTask(m, {
        ...base,
        module: 'review',
        subjectId: 'r2',
        title: '受理乙',
        assigneeUserId: clerkId,
        dueDate: '2026-11-27',
      });
      await createTask(m, {
        ...base,
        module: 'disclosure',
        subjectId: 'd1',
        title: '答复丙',
        assigneeRole: 'office_clerk',
        dueDate: '2026-12-06',
      });
      await createTask(m, {
        ...base,
        module: 'disclosure',
        subjectId: 'd2',
        title: '答复丁',
        assigneeRole: 'office_clerk',
        dueDate: '2026-12-15',
      });
      await createTask(m, {
        ...base,
        module: 'review',
        subjectId: 'x',
        title: '别人的',
        assigneeUserId: reviewerId,
        dueDate: '2026-12-03',
      });
      await m.audit({ action: 'test.tasks.created', orgId: townId });
    });
  });
  afterAll(() => s?.close());

  it('counts open, overdue and due-this-week tasks by module and lists them', async () => {
    const res = await (await s.as('clerk')).get('/api/v1/home');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ day: '2026-12-02', weekEnd: '2026-12-06' });
    expect(res.json.modules).toEqual([
      {
        module: 'disclosure',
        label: '政务公开',
        path: '/disclosure/requests',
        open: 2,
        overdue: 0,
        dueThisWeek: 1,
      },
      {
        module: 'review',
        label: '合法性审查',
        path: '/review/items',
        open: 2,
        overdue: 1,
        dueThisWeek: 1,
      },
    ]);
    expect(res.json.dueThisWeek.map((t: { title: string }) => t.title)).toEqual([
      '受理甲',
      '答复丙',
    ]);
    expect(res.json.overdue).toEqual([
      expect.objectContaining({
        title: '受理乙',
        moduleLabel: '合法性审查',
        orgName: '桥头镇',
        daysLeft: -3,
      }),
    ]);
    expect(res.json.recent).toHaveLength(4);
    expect(res.json.unreadNotifications).toBe(4);
    const links = res.json.links.map((l: { label: string }) => l.label);
    expect(links).toContain('我的待办');
    expect(links).not.toContain('审计日志');
  });

  it('gives a citizen the links and notices only, and an anonymous caller a 401', async () => {
    const res = await (await s.as('citizen')).get('/api/v1/home');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ modules: [], dueThisWeek: [], overdue: [], recent: [] });
    expect(res.json.links.map((l: { path: string }) => l.path)).toContain(
      '/portal/disclosure/apply',
    );
    expect(res.json.links.map((l: { path: string }) => l.path)).not.toContain('/inbox');
    expect((await s.client().get('/api/v1/home')).status).toBe(401);
  });
});
