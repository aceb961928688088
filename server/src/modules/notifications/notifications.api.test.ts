import { describe, expect, it } from 'vitest';
import { mutation } from '../../core/mutation.js';
import { notify } from '../../core/notifications/notify.js';
import { createTask } from '../../core/tasks/tasks.js';
import { pgMissing } from '../../test/test-env.js';
import { notificationSweep } from './notification-sweep.js';
import { notificationsServer } from '../../test/notifications-server.js';

describe.skipIf(pgMissing())('notifications: production, dedupe and settings', () => {
  const f = notificationsServer();
  const { q, userId, ctxOf, task } = f;
  const noticesOf = async (username: string) =>
    q()
      .selectFrom('notifications')
      .select(['kind', 'title', 'dedupeKey'])
      .where('userId', '=', await userId(username))
      .orderBy('createdAt')
      .orderBy('id')
      .execute();

  it('notifies the named assignee and every holder of a role in scope when a task is created, once', async () => {
    const clerk = await ctxOf('clerk');
    const reviewerId = await userId('reviewer');
    await mutation(f.s.deps, clerk, async (m) => {
      await createTask(m, task({ subjectId: 'a', title: '审查甲', assigneeUserId: reviewerId }));
      await createTask(m, task({ subjectId: 'a', title: '审查甲', assigneeUserId: reviewerId }));
      await createTask(m, task({ subjectId: 'b', title: '答复乙', assigneeRole: 'office_clerk' }));
      await m.audit({ action: 'test.tasks.created', orgId: f.townId });
    });
    expect((await noticesOf('reviewer')).map((n) => [n.kind, n.title])).toEqual([
      ['task.assigned', '新待办：审查甲'],
    ]);
    expect((await noticesOf('clerk')).map((n) => [n.kind, n.title])).toEqual([
      ['task.assigned', '新待办：答复乙'],
    ]);
    // A village cadre holds no office_clerk role; another county's clerks are out of scope.
    expect(await noticesOf('cadre')).toEqual([]);
    const key = (await noticesOf('reviewer'))[0]!.dedupeKey;
    const again = await mutation(f.s.deps, clerk, async (m) => {
      const n = await notify(m, {
        userId: reviewerId,
        orgId: f.townId,
        kind: 'task.assigned',
        title: '重复',
        dedupeKey: key,
      });
      await m.audit({ action: 'test.notified', orgId: f.townId });
      return n;
    });
    expect(again).toBe(false);
    expect(await noticesOf('reviewer')).toHaveLength(1);
  });

  it('warns of deadlines in working days as each person chose, then of overdue ones, never twice', async () => {
    const reviewerId = await userId('reviewer');
    const clerk = await ctxOf('clerk');
    await mutation(f.s.deps, clerk, async (m) => {
      // Today is Wednesday 2026-12-02: Friday is 2 working days ahead, next Tuesday 4, Monday was overdue.
      await createTask(
        m,
        task({
          subjectId: 'fri',
          title: '周五到期',
          assigneeUserId: reviewerId,
          dueDate: '2026-12-04',
        }),
      );
      await createTask(
        m,
        task({
          subjectId: 'tue',
          title: '下周二到期',
          assigneeUserId: reviewerId,
          dueDate: '2026-12-08',
        }),
      );
      await createTask(
        m,
        task({
          subjectId: 'mon',
          title: '周一到期',
          assigneeUserId: reviewerId,
          dueDate: '2026-11-30',
        }),
      );
      await m.audit({ action: 'test.tasks.created', orgId: f.townId });
    });
    const reviewer = await f.s.as('reviewer');
    expect(
      (
        await reviewer.put('/api/v1/notifications/settings', {
          sms: false,
          zzd: false,
          daysAhead: 4,
        })
      ).status,
    ).toBe(200);

    expect(await notificationSweep(f.s.deps)).toContain('即将到期提醒 2 条，超期提醒 1 条');
    const kinds = (await noticesOf('reviewer')).filter((n) => n.kind !== 'task.assigned');
    expect(kinds.map((n) => [n.kind, n.title])).toEqual(
      expect.arrayContaining([
        ['task.due_soon', '即将到期：周五到期'],
        ['task.due_soon', '即将到期：下周二到期'],
        ['task.overdue', '已超期：周一到期'],
      ]),
    );
    expect(await notificationSweep(f.s.deps)).toContain('即将到期提醒 0 条，超期提醒 0 条');

    // With the default of 3 working days, the clerk hears of Friday's role task but not of Tuesday's.
    await mutation(f.s.deps, clerk, async (m) => {
      await createTask(
        m,
        task({
          subjectId: 'c-fri',
          title: '办公室周五',
          assigneeRole: 'office_clerk',
          dueDate: '2026-12-04',
        }),
      );
      await createTask(
        m,
        task({
          subjectId: 'c-tue',
          title: '办公室下周二',
          assigneeRole: 'office_clerk',
          dueDate: '2026-12-08',
        }),
      );
      await m.audit({ action: 'test.tasks.created', orgId: f.townId });
    });
    await notificationSweep(f.s.deps);
    const clerkSoon = (await noticesOf('clerk')).filter((n) => n.kind === 'task.due_soon');
    expect(clerkSoon.map((n) => n.title)).toEqual(['即将到期：办公室周五']);
    const event = await q()
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'notification.sweep.completed')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.meta!)).toMatchObject({ day: '2026-12-02' });
  });

  it('lists the caller’s notices newest first with an unread filter, masks phone numbers, and marks them read', async () => {
    const clerk = await f.s.as('clerk');
    const clerkId = await userId('clerk');
    await mutation(f.s.deps, await ctxOf('clerk'), async (m) => {
      await notify(m, {
        userId: clerkId,
        orgId: f.townId,
        kind: 'submission.returned',
        title: '送审事项被退回补正：测试',
        body: '请联系 13912345678 补充材料',
        dedupeKey: 'test:phone',
      });
      await m.audit({ action: 'test.notified', orgId: f.townId });
    });
    const list = await clerk.get('/api/v1/notifications?pageSize=1');
    expect(list.status).toBe(200);
    expect(list.json.items[0]).toMatchObject({
      kind: 'submission.returned',
      body: '请联系 139****5678 补充材料',
      readAt: null,
    });
    const unread = list.json.unread as number;
    expect(unread).toBeGreaterThan(1);
    expect(list.json.total).toBe(unread);

    const id = list.json.items[0].id as string;
    expect((await (await f.s.as('reviewer')).post(`/api/v1/notifications/${id}/read`)).status).toBe(
      404,
    );
    const read = await clerk.post(`/api/v1/notifications/${id}/read`);
    expect(read.status).toBe(200);
    expect((await clerk.post(`/api/v1/notifications/${id}/read`)).json.readAt).toBe(
      read.json.readAt,
    );
    const after = await clerk.get('/api/v1/notifications?unread=true&pageSize=100');
    expect(after.json.unread).toBe(unread - 1);
    expect(after.json.items.map((i: { id: string }) => i.id)).not.toContain(id);

    expect((await clerk.post('/api/v1/notifications/read-all')).json).toEqual({
      marked: unread - 1,
    });
    expect((await clerk.get('/api/v1/notifications?unread=true')).json).toMatchObject({
      unread: 0,
      items: [],
    });
    expect((await f.s.client().get('/api/v1/notifications')).status).toBe(401);
  });

  it('keeps settings per person: SMS only where configured and reachable, 浙政钉 only where configured', async () => {
    const clerk = await f.s.as('clerk');
    const initial = await clerk.get('/api/v1/notifications/settings');
    expect(initial.json).toEqual({
      inApp: true,
      sms: false,
      zzd: false,
      zzdAccountId: null,
      quietStart: null,
      quietEnd: null,
      daysAhead: 3,
      phoneMasked: '138****5678',
      available: { sms: true, zzd: false },
    });
    const zzd = await clerk.put('/api/v1/notifications/settings', {
      sms: false,
      zzd: true,
      zzdAccountId: 'a1',
      daysAhead: 3,
    });
    expect(zzd.status).toBe(422);
    expect(zzd.json.error.code).toBe('CHANNEL_UNAVAILABLE');
    const noPhone = await (
      await f.s.as('reviewer')
    ).put('/api/v1/notifications/settings', { sms: true, zzd: false, daysAhead: 3 });
    expect(noPhone.json.error.code).toBe('NO_PHONE');
    const half = await clerk.put('/api/v1/notifications/settings', {
      sms: true,
      zzd: false,
      quietStart: '22:00',
      daysAhead: 3,
    });
    expect(half.json.error.code).toBe('QUIET_HOURS_INCOMPLETE');
    expect(
      (await clerk.put('/api/v1/notifications/settings', { sms: true, zzd: false, daysAhead: 11 }))
        .status,
    ).toBe(400);
    const saved = await clerk.put('/api/v1/notifications/settings', {
      sms: true,
      zzd: false,
      daysAhead: 2,
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ sms: true, daysAhead: 2 });
    const event = await q()
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'notification.settings.updated')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.meta!)).toMatchObject({ sms: true, daysAhead: 2 });
  });
});
