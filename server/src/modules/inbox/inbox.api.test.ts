import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/authz/actor.js';
import { mutation } from '../../core/mutation.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { loadUserActor } from '../auth/actor-loader.js';
import { deadlineSweep } from '../calendar/deadline-sweep.js';
import { enterNotice } from '../calendar/notice.service.js';
import { pauseClock, startClock } from '../calendar/clock.service.js';
import { listInbox } from './inbox.query.js';
import { closeTasks, createTask } from '../../core/tasks/tasks.js';

describe.skipIf(pgMissing())('我的待办 and the nightly sweep', () => {
  let s: TestServer;
  let townId: string;
  let villageId: string;
  const q = () => s.deps.db.kysely;
  const ctxOf = async (username: string): Promise<RequestContext> => {
    const u = await q()
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return { actor: await loadUserActor(q(), u.id), ip: null, userAgent: null, requestId: 'test' };
  };
  const userId = async (username: string) =>
    (
      await q()
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const task = (over: Record<string, unknown>) =>
    ({
      orgId: townId,
      module: 'test',
      kind: 'test.todo',
      subjectType: 'test_case',
      link: '/test',
      ...over,
    }) as Parameters<typeof createTask>[1];

  beforeAll(async () => {
    s = await startTestServer(); // today 2024-11-20 (Wednesday)
    townId = (
      await q()
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
    villageId = (
      await q()
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109202')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => s?.close());

  it('lists the caller’s open tasks by due date with red/yellow/green status and counts', async () => {
    const clerk = await ctxOf('clerk');
    const reviewer = await userId('reviewer');
    const clerkId = await userId('clerk');
    await mutation(s.deps, clerk, async (m) => {
      const clock = await startClock(m, {
        orgId: townId,
        subjectType: 'test_case',
        subjectId: 'clocked',
        purpose: 'test',
        startDate: '2024-11-01',
        limitDays: 30,
        unit: 'working',
        basis: '测试依据',
      });
      await createTask(m, task({ subjectId: 'none', title: '无期限', assigneeUserId: reviewer }));
      await createTask(
        m,
        task({
          subjectId: 'late',
          title: '已超期',
          assigneeUserId: reviewer,
          dueDate: '2024-11-18',
        }),
      );
      await createTask(
        m,
        task({
          subjectId: 'soon',
          title: '即将到期',
          assigneeRole: 'legal_reviewer',
          dueDate: '2024-11-25',
        }),
      );
      await createTask(
        m,
        task({
          subjectId: 'clocked',
          title: '按期限',
          assigneeUserId: reviewer,
          clockId: clock.id,
        }),
      );
      await createTask(
        m,
        task({
          subjectId: 'village',
          title: '村里的',
          assigneeRole: 'legal_reviewer',
          orgId: villageId,
          dueDate: '2024-11-19',
        }),
      );
      await createTask(
        m,
        task({
          subjectId: 'other',
          title: '别人的',
          assigneeUserId: clerkId,
          dueDate: '2024-11-19',
        }),
      );
      await createTask(
        m,
        task({ subjectId: 'done', title: '已办', assigneeUserId: reviewer, dueDate: '2024-11-01' }),
      );
      await closeTasks(m, 'test_case', 'done');
      await m.audit({ action: 'test.tasks.created', orgId: townId });
    });

    const c = await s.as('reviewer');
    const res = await c.get('/api/v1/inbox');
    expect(res.status).toBe(200);
    expect(
      res.json.items.map((i: { title: string; status: string; daysLeft: number | null }) => [
        i.title,
        i.status,
        i.daysLeft,
      ]),
    ).toEqual([
      ['已超期', 'overdue', -2],
      ['村里的', 'overdue', -1],
      ['即将到期', 'due_soon', 3],
      ['按期限', 'on_track', 17],
      ['无期限', 'on_track', null],
    ]);
    expect(res.json.counts).toEqual({ overdue: 2, due_soon: 1, on_track: 2, total: 5 });
    expect(res.json.items[3]).toMatchObject({
      dueDate: '2024-12-13',
      link: '/test',
      orgName: '桥头镇',
    });

    const page2 = await c.get('/api/v1/inbox?pageSize=2&page=2');
    expect(page2.json.items.map((i: { title: string }) => i.title)).toEqual(['即将到期', '按期限']);
    expect(page2.json.total).toBe(5);
    const green = await c.get('/api/v1/inbox?status=on_track');
    expect(green.json.items.map((i: { title: string }) => i.title)).toEqual(['按期限', '无期限']);
    expect(green.json.total).toBe(2);
    expect(green.json.counts.total).toBe(5);
    expect((await c.get('/api/v1/inbox?pageSize=500')).status).toBe(400);

    const red = await c.get('/api/v1/inbox?status=overdue');
    expect(red.json.items.map((i: { title: string }) => i.title)).toEqual(['已超期', '村里的']);
    expect(red.json.counts.total).toBe(5);
    expect((await c.get('/api/v1/inbox?status=late')).status).toBe(400);
  });

  it('shows role tasks only within the caller’s scope', async () => {
    const other = await s.as('cadre');
    expect((await other.get('/api/v1/inbox')).json.items).toEqual([]);
    expect((await s.client().get('/api/v1/inbox')).status).toBe(401);
    expect((await (await s.as('citizen')).get('/api/v1/inbox')).status).toBe(403);
  });

  it('asks the root’s system admin to enter next year’s notice from 1 November, once, and closes it on entry', async () => {
    s.time.set('2026-10-31T12:00:00Z');
    expect(await deadlineSweep(s.deps, s.time.now())).not.toContain('2027');

    s.time.set('2026-11-25T02:00:00Z');
    // The holiday calendar is every town's: the task goes to the root of the org tree, whose admin enters it.
    const rootId = (
      await q()
        .selectFrom('orgs')
        .select('id')
        .where('parentId', 'is', null)
        .executeTakeFirstOrThrow()
    ).id;
    await q()
      .updateTable('users')
      .set({ orgId: rootId })
      .where('username', '=', 'sysadmin')
      .execute();
    const roots = (
      await q().selectFrom('orgs').select('id').where('parentId', 'is', null).execute()
    ).length;
    const summary = await deadlineSweep(s.deps, s.time.now());
    expect(summary).toContain('2027');
    expect(summary).toContain(`新建待办 ${roots} 条`);
    const again = await deadlineSweep(s.deps, s.time.now());
    expect(again).toContain('新建待办 0 条');
    const open = await q()
      .selectFrom('tasks')
      .selectAll()
      .where('kind', '=', 'calendar.notice_missing')
      .where('status', '=', 'open')
      .execute();
    expect(open).toHaveLength(roots);
    expect(open.filter((t) => t.orgId === rootId)).toEqual([
      expect.objectContaining({
        assigneeRole: 'system_admin',
        subjectType: 'calendar_year',
        subjectId: '2027',
        link: '/admin/calendar',
        title: '录入2027年国务院节假日安排',
      }),
    ]);
    const event = await q()
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'calendar.sweep.completed')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.meta!)).toMatchObject({
      day: '2026-11-25',
      missingYears: [2027],
      tasksCreated: 0,
    });

    const sysadmin = await ctxOf('sysadmin');
    const inbox = await listInbox(s.deps, sysadmin, { page: 1, pageSize: 20 });
    expect(inbox.items.map((i) => i.title)).toEqual(['录入2027年国务院节假日安排']);

    const entered = await enterNotice(s.deps, sysadmin, {
      year: 2027,
      title: '国务院办公厅关于2027年部分节假日安排的通知',
      days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    expect(entered.tasksClosed).toBe(roots);
    expect((await listInbox(s.deps, sysadmin, { page: 1, pageSize: 20 })).items).toEqual([]);
    expect(await deadlineSweep(s.deps, s.time.now())).not.toContain('2027');
  });

  it('re-dates a paused clock nightly as its projection moves', async () => {
    const clerk = await ctxOf('clerk');
    const clock = await mutation(s.deps, clerk, async (m) => {
      const c = await startClock(m, {
        orgId: townId,
        subjectType: 'test_case',
        subjectId: 'paused',
        purpose: 'test',
        startDate: '2026-11-20',
        limitDays: 10,
        unit: 'working',
        basis: '测试依据',
      });
      return pauseClock(m, clerk, c.id, { reason: 'third_party', on: '2026-11-25' });
    });
    expect(clock.dueDate).toBe('2026-12-04');
    s.time.set('2026-11-27T02:00:00Z');
    expect(await deadlineSweep(s.deps, s.time.now())).toContain('重新计算期限 1 个');
    const row = await q()
      .selectFrom('clocks')
      .select('dueDate')
      .where('id', '=', clock.id)
      .executeTakeFirstOrThrow();
    expect(row.dueDate).toBe('2026-12-08');
  });

  it('marks a town’s task 督办 for county staff, who only supervise it', async () => {
    const clerk = await ctxOf('clerk');
    await mutation(s.deps, clerk, async (m) => {
      await createTask(
        m,
        task({ subjectId: 'supervised', title: '镇里的办件', assigneeRole: 'office_clerk' }),
      );
      await m.audit({ action: 'test.tasks.created', orgId: townId });
    });
    const find = (items: { title: string; supervise: boolean }[]) =>
      items.find((i) => i.title === '镇里的办件');
    // The county's office clerk (慈溪市司法局) holds the town task's role, one level up.
    const county = (await (await s.as('countyreview')).get('/api/v1/inbox?pageSize=100')).json;
    expect(find(county.items)).toMatchObject({ supervise: true });
    const own = (await (await s.as('clerk')).get('/api/v1/inbox?pageSize=100')).json;
    expect(find(own.items)).toMatchObject({ supervise: false });
  });
});
