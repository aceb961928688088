import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutation } from '../../core/mutation.js';
import { createTask } from '../../core/tasks/tasks.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { loadUserActor } from '../auth/actor-loader.js';

describe.skipIf(pgMissing())('分派: handing a role pool’s tasks to a colleague', () => {
  let s: TestServer;
  let townId: string;
  const ids = { a: '', b: '', named: '' };
  const q = () => s.deps.db.kysely;
  const idOf = async (username: string) =>
    (
      await q()
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const ctxOf = async (username: string) => ({
    actor: await loadUserActor(q(), await idOf(username)),
    ip: null,
    userAgent: null,
    requestId: 'test',
  });
  const pool = (subjectId: string) => ({
    orgId: townId,
    module: 'disclosure',
    kind: 'test.assign',
    subjectType: 'test_case',
    subjectId,
    title: `分派测试${subjectId}`,
    link: `/test/${subjectId}`,
    assigneeRole: 'office_clerk' as const,
  });
  const task = (id: string) =>
    q()
      .selectFrom('tasks')
      .select(['assigneeUserId', 'assigneeRole', 'poolRole'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const inboxIds = async (username: string) =>
    (
      (await (await s.as(username)).get('/api/v1/inbox?pageSize=100')).json.items as {
        id: string;
      }[]
    ).map((t) => t.id);

  beforeAll(async () => {
    s = await startTestServer({ now: '2026-12-02T02:00:00Z' });
    townId = (
      await q()
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
    const clerkId = await idOf('clerk');
    await mutation(s.deps, await ctxOf('clerk'), async (m) => {
      ids.a = (await createTask(m, pool('a'))).id;
      ids.b = (await createTask(m, pool('b'))).id;
      ids.named = (
        await createTask(m, { ...pool('n'), assigneeRole: null, assigneeUserId: clerkId })
      ).id;
      await m.audit({ action: 'test.tasks.created', orgId: townId });
    });
  });
  afterAll(() => s?.close());

  it('offers the holders of the role in the town, and hands both tasks to one of them', async () => {
    const clerk = await s.as('clerk');
    expect((await clerk.get('/api/v1/inbox')).json.abilities).toEqual({ assign: true });
    const who = await clerk.get(`/api/v1/inbox/assignees?ids=${ids.a},${ids.b}`);
    expect(who.status).toBe(200);
    expect(who.json.items.map((u: { name: string }) => u.name).sort()).toEqual([
      '孔经办',
      '赵经办',
    ]);
    expect(who.json.roles).toEqual([{ key: 'office_clerk', label: '科室经办人' }]);

    const clerk2 = await idOf('clerk2');
    const res = await clerk.post('/api/v1/inbox/assign', { ids: [ids.a, ids.b], userId: clerk2 });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ assigned: 2, userId: clerk2 });
    expect(await task(ids.a)).toEqual({
      assigneeUserId: clerk2,
      assigneeRole: null,
      poolRole: 'office_clerk',
    });
    expect(await inboxIds('clerk2')).toEqual(expect.arrayContaining([ids.a, ids.b]));
    expect(await inboxIds('clerk')).not.toContain(ids.a);
    const notes = await q()
      .selectFrom('notifications')
      .select('title')
      .where('userId', '=', clerk2)
      .where('kind', '=', 'task.assigned')
      .where('link', 'in', ['/test/a', '/test/b'])
      .where('title', 'like', '%分派给您%')
      .execute();
    expect(notes.map((n) => n.title).sort()).toEqual([
      '赵经办分派给您：分派测试a',
      '赵经办分派给您：分派测试b',
    ]);
    const events = await q()
      .selectFrom('auditEvents')
      .select(['action', 'targetId'])
      .where('action', '=', 'inbox.task.assigned')
      .execute();
    expect(events.map((e) => e.targetId).sort()).toEqual([ids.a, ids.b].sort());
  });

  it('keeps one task per role when the workflow asks again for a task already handed on', async () => {
    await mutation(s.deps, await ctxOf('clerk'), async (m) => {
      expect(await createTask(m, pool('a'))).toEqual({ id: ids.a, created: false });
      await m.audit({ action: 'test.tasks.created', orgId: townId });
    });
  });

  it('lets the new holder put a task back in the pool', async () => {
    const res = await (
      await s.as('clerk2')
    ).post('/api/v1/inbox/assign', {
      ids: [ids.b],
      userId: null,
    });
    expect(res.status).toBe(200);
    expect(await task(ids.b)).toEqual({
      assigneeUserId: null,
      assigneeRole: 'office_clerk',
      poolRole: null,
    });
    expect(await inboxIds('clerk')).toContain(ids.b);
  });

  it('moves all or none: a named task or a person outside the role refuses the whole batch', async () => {
    const clerk = await s.as('clerk');
    const named = await clerk.post('/api/v1/inbox/assign', {
      ids: [ids.b, ids.named],
      userId: await idOf('clerk2'),
    });
    expect(named.status).toBe(422);
    expect(named.json.error.code).toBe('TASK_NOT_IN_POOL');
    expect((await task(ids.b)).assigneeRole).toBe('office_clerk');

    const outsider = await clerk.post('/api/v1/inbox/assign', {
      ids: [ids.b],
      userId: await idOf('reviewer'),
    });
    expect(outsider.status).toBe(422);
    expect(outsider.json.error.code).toBe('ASSIGNEE_NOT_IN_ROLE');
    expect((await task(ids.b)).assigneeUserId).toBeNull();
  });

  it('hides other pools’ tasks, and leaves a town’s work to the town', async () => {
    const body = { ids: [ids.b], userId: null };
    const officer = await (await s.as('officer')).post('/api/v1/inbox/assign', body);
    expect(officer.status).toBe(404);
    const countyClerk = await (await s.as('countyreview')).post('/api/v1/inbox/assign', body);
    expect(countyClerk.status).toBe(403);
    expect(countyClerk.json.error.code).toBe('SUPERVISION_ONLY');
    expect((await (await s.as('countyreview')).get('/api/v1/inbox')).json.abilities).toEqual({
      assign: false,
    });
    const supervisor = await (await s.as('county')).post('/api/v1/inbox/assign', body);
    expect(supervisor.status).toBe(403);
    expect(supervisor.json.error.code).toBe('FORBIDDEN');
    const empty = await (
      await s.as('clerk')
    ).post('/api/v1/inbox/assign', { ids: [], userId: null });
    expect(empty.status).toBe(400);
    const unknown = await (await s.as('clerk')).get('/api/v1/inbox/assignees?ids=nope');
    expect(unknown.status).toBe(404);
  });
});
