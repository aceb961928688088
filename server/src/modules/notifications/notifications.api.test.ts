import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/authz/actor.js';
import {
  DeliveryError,
  type MessageGateway,
  type OutgoingMessage,
} from '../../core/messaging/message-gateway.js';
import { mutation } from '../../core/mutation.js';
import { notify } from '../../core/notifications/notify.js';
import { createTask } from '../../core/tasks/tasks.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { loadUserActor } from '../auth/actor-loader.js';
import { deliverNotifications, MAX_ATTEMPTS } from './delivery.job.js';
import { notificationSweep } from './notification-sweep.js';
import { fakeProvider } from '../../test/fake-sms-provider.js';

describe.skipIf(pgMissing())('notifications: production, dedupe, settings and delivery', () => {
  let s: TestServer;
  const provider = fakeProvider(1);
  let townId: string;
  const q = () => s.deps.db.kysely;
  const userId = async (username: string) =>
    (
      await q()
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const ctxOf = async (username: string): Promise<RequestContext> => ({
    actor: await loadUserActor(q(), await userId(username)),
    ip: null,
    userAgent: null,
    requestId: 'test',
  });
  const task = (over: Record<string, unknown>) =>
    ({
      orgId: townId,
      module: 'review',
      kind: 'test.todo',
      subjectType: 'test_case',
      link: '/test',
      ...over,
    }) as Parameters<typeof createTask>[1];
  const noticesOf = async (username: string) =>
    q()
      .selectFrom('notifications')
      .select(['kind', 'title', 'dedupeKey'])
      .where('userId', '=', await userId(username))
      .orderBy('createdAt')
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    await new Promise<void>((r) => provider.server.listen(0, '127.0.0.1', r));
    const port = (provider.server.address() as AddressInfo).port;
    s = await startTestServer({
      now: '2026-12-02T02:00:00Z', // Wednesday
      env: {
        FAZHI_SMS_URL: `http://127.0.0.1:${port}/sms/send`,
        FAZHI_SMS_KEY: 'test-key',
        FAZHI_SMS_SIGNATURE: '【桥头镇人民政府】',
        FAZHI_SMS_TEMPLATE: 'SMS_0001',
      },
    });
    townId = (
      await q()
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
    await q()
      .updateTable('users')
      .set({ phoneEnc: s.deps.secrets.encrypt('13812345678') })
      .where('username', '=', 'clerk')
      .execute();
  });
  afterAll(async () => {
    await s?.close();
    provider.server.close();
  });

  it('notifies the named assignee and every holder of a role in scope when a task is created, once', async () => {
    const clerk = await ctxOf('clerk');
    const reviewerId = await userId('reviewer');
    await mutation(s.deps, clerk, async (m) => {
      await createTask(m, task({ subjectId: 'a', title: '审查甲', assigneeUserId: reviewerId }));
      await createTask(m, task({ subjectId: 'a', title: '审查甲', assigneeUserId: reviewerId }));
      await createTask(m, task({ subjectId: 'b', title: '答复乙', assigneeRole: 'office_clerk' }));
      await m.audit({ action: 'test.tasks.created', orgId: townId });
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
    const again = await mutation(s.deps, clerk, async (m) => {
      const n = await notify(m, {
        userId: reviewerId,
        orgId: townId,
        kind: 'task.assigned',
        title: '重复',
        dedupeKey: key,
      });
      await m.audit({ action: 'test.notified', orgId: townId });
      return n;
    });
    expect(again).toBe(false);
    expect(await noticesOf('reviewer')).toHaveLength(1);
  });

  it('warns of deadlines in working days as each person chose, then of overdue ones, never twice', async () => {
    const reviewerId = await userId('reviewer');
    const clerk = await ctxOf('clerk');
    await mutation(s.deps, clerk, async (m) => {
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
      await m.audit({ action: 'test.tasks.created', orgId: townId });
    });
    const reviewer = await s.as('reviewer');
    expect(
      (
        await reviewer.put('/api/v1/notifications/settings', {
          sms: false,
          zzd: false,
          daysAhead: 4,
        })
      ).status,
    ).toBe(200);

    expect(await notificationSweep(s.deps)).toContain('即将到期提醒 2 条，超期提醒 1 条');
    const kinds = (await noticesOf('reviewer')).filter((n) => n.kind !== 'task.assigned');
    expect(kinds.map((n) => [n.kind, n.title])).toEqual(
      expect.arrayContaining([
        ['task.due_soon', '即将到期：周五到期'],
        ['task.due_soon', '即将到期：下周二到期'],
        ['task.overdue', '已超期：周一到期'],
      ]),
    );
    expect(await notificationSweep(s.deps)).toContain('即将到期提醒 0 条，超期提醒 0 条');

    // With the default of 3 working days, the clerk hears of Friday's role task but not of Tuesday's.
    await mutation(s.deps, clerk, async (m) => {
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
      await m.audit({ action: 'test.tasks.created', orgId: townId });
    });
    await notificationSweep(s.deps);
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
    const clerk = await s.as('clerk');
    const clerkId = await userId('clerk');
    await mutation(s.deps, await ctxOf('clerk'), async (m) => {
      await notify(m, {
        userId: clerkId,
        orgId: townId,
        kind: 'submission.returned',
        title: '送审事项被退回补正：测试',
        body: '请联系 13912345678 补充材料',
        dedupeKey: 'test:phone',
      });
      await m.audit({ action: 'test.notified', orgId: townId });
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
    expect((await (await s.as('reviewer')).post(`/api/v1/notifications/${id}/read`)).status).toBe(
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
    expect((await s.client().get('/api/v1/notifications')).status).toBe(401);
  });

  it('keeps settings per person: SMS only where configured and reachable, 浙政钉 only where configured', async () => {
    const clerk = await s.as('clerk');
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
      await s.as('reviewer')
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

  it('sends through the SMS provider over HTTP, retrying a failure with backoff, exactly once', async () => {
    const clerkId = await userId('clerk');
    await mutation(s.deps, await ctxOf('clerk'), async (m) => {
      await notify(m, {
        userId: clerkId,
        orgId: townId,
        kind: 'task.overdue',
        title: '已超期：短信测试',
        body: '请尽快办理',
        dedupeKey: 'test:sms',
      });
      await m.audit({ action: 'test.notified', orgId: townId });
    });
    expect(await deliverNotifications(s.deps)).toContain('发送 0 条，失败 1 条');
    expect(provider.calls).toHaveLength(1);
    // Within the backoff nothing is sent again.
    expect(await deliverNotifications(s.deps)).toContain('发送 0 条，失败 0 条');
    s.time.set('2026-12-02T02:01:30Z');
    expect(await deliverNotifications(s.deps)).toContain('发送 1 条，失败 0 条');
    expect(provider.calls).toHaveLength(2);
    expect(provider.calls[1]).toEqual({
      auth: 'Bearer test-key',
      body: {
        phone: '13812345678',
        signName: '【桥头镇人民政府】',
        templateCode: 'SMS_0001',
        templateParam: { content: '已超期：短信测试。请尽快办理' },
      },
    });
    s.time.set('2026-12-02T03:00:00Z');
    expect(await deliverNotifications(s.deps)).toContain('发送 0 条');
    expect(provider.calls).toHaveLength(2);
    const row = await q()
      .selectFrom('notificationDeliveries')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'sms', status: 'sent', attempts: 2 });
    const events = await q()
      .selectFrom('auditEvents')
      .select(['action', 'meta'])
      .where('action', 'like', 'notification.delivery.%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => [e.action, JSON.parse(e.meta!).to])).toEqual([
      ['notification.delivery.retried', '138****5678'],
      ['notification.delivery.sent', '138****5678'],
    ]);
  });

  it('gives up after the last attempt through any gateway, and holds messages back in quiet hours', async () => {
    const clerkId = await userId('clerk');
    const sent: OutgoingMessage[] = [];
    let failing = true;
    const fake: MessageGateway = {
      channels: () => ['sms'],
      async send(message) {
        if (failing) throw new DeliveryError('模拟失败');
        sent.push(message);
      },
    };
    const deps = { ...s.deps, messages: fake };
    await mutation(s.deps, await ctxOf('clerk'), async (m) => {
      await notify(m, {
        userId: clerkId,
        orgId: townId,
        kind: 'task.overdue',
        title: '失败测试',
        dedupeKey: 'test:fail',
      });
      await m.audit({ action: 'test.notified', orgId: townId });
    });
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverNotifications(deps);
      s.time.advanceMinutes(60);
    }
    const failed = await q()
      .selectFrom('notificationDeliveries as d')
      .innerJoin('notifications as n', 'n.id', 'd.notificationId')
      .select(['d.status', 'd.attempts', 'd.lastError'])
      .where('n.dedupeKey', '=', 'test:fail')
      .executeTakeFirstOrThrow();
    expect(failed).toEqual({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: '模拟失败' });
    expect(await deliverNotifications(deps)).toContain('失败 0 条');

    failing = false;
    const clerk = await s.as('clerk');
    await clerk.put('/api/v1/notifications/settings', {
      sms: true,
      zzd: false,
      quietStart: '22:00',
      quietEnd: '07:30',
      daysAhead: 3,
    });
    s.time.set('2026-12-03T15:00:00Z'); // 23:00 in Shanghai
    await mutation(s.deps, await ctxOf('clerk'), async (m) => {
      await notify(m, {
        userId: clerkId,
        orgId: townId,
        kind: 'task.overdue',
        title: '夜间测试',
        dedupeKey: 'test:quiet',
      });
      await m.audit({ action: 'test.notified', orgId: townId });
    });
    expect(await deliverNotifications(deps)).toContain('免打扰顺延 1 条');
    expect(sent).toEqual([]);
    s.time.set('2026-12-03T23:31:00Z'); // 07:31
    expect(await deliverNotifications(deps)).toContain('发送 1 条');
    expect(sent).toEqual([{ channel: 'sms', to: '13812345678', text: '夜间测试' }]);
  });
});
