import { beforeAll, describe, expect, it } from 'vitest';
import {
  DeliveryError,
  type MessageGateway,
  type OutgoingMessage,
} from '../../core/messaging/message-gateway.js';
import { mutation } from '../../core/mutation.js';
import { notify } from '../../core/notifications/notify.js';
import { pgMissing } from '../../test/test-env.js';
import { deliverNotifications, MAX_ATTEMPTS } from './delivery.job.js';
import { notificationsServer } from '../../test/notifications-server.js';

describe.skipIf(pgMissing())('notifications: delivery through the gateways', () => {
  const f = notificationsServer();
  const { q, userId, ctxOf } = f;

  beforeAll(async () => {
    const saved = await (
      await f.s.as('clerk')
    ).put('/api/v1/notifications/settings', { sms: true, zzd: false, daysAhead: 2 });
    expect(saved.status).toBe(200);
  });

  it('sends through the SMS provider over HTTP, retrying a failure with backoff, exactly once', async () => {
    const clerkId = await userId('clerk');
    await mutation(f.s.deps, await ctxOf('clerk'), async (m) => {
      await notify(m, {
        userId: clerkId,
        orgId: f.townId,
        kind: 'task.overdue',
        title: '已超期：短信测试',
        body: '请尽快办理',
        dedupeKey: 'test:sms',
      });
      await m.audit({ action: 'test.notified', orgId: f.townId });
    });
    expect(await deliverNotifications(f.s.deps)).toContain('发送 0 条，失败 1 条');
    expect(f.provider.calls).toHaveLength(1);
    // Within the backoff nothing is sent again.
    expect(await deliverNotifications(f.s.deps)).toContain('发送 0 条，失败 0 条');
    f.s.time.set('2026-12-02T02:01:30Z');
    expect(await deliverNotifications(f.s.deps)).toContain('发送 1 条，失败 0 条');
    expect(f.provider.calls).toHaveLength(2);
    expect(f.provider.calls[1]).toEqual({
      auth: 'Bearer test-key',
      body: {
        phone: '13812345678',
        signName: '【桥头镇人民政府】',
        templateCode: 'SMS_0001',
        templateParam: { content: '已超期：短信测试。请尽快办理' },
      },
    });
    f.s.time.set('2026-12-02T03:00:00Z');
    expect(await deliverNotifications(f.s.deps)).toContain('发送 0 条');
    expect(f.provider.calls).toHaveLength(2);
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
    const deps = { ...f.s.deps, messages: fake };
    await mutation(f.s.deps, await ctxOf('clerk'), async (m) => {
      await notify(m, {
        userId: clerkId,
        orgId: f.townId,
        kind: 'task.overdue',
        title: '失败测试',
        dedupeKey: 'test:fail',
      });
      await m.audit({ action: 'test.notified', orgId: f.townId });
    });
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverNotifications(deps);
      f.s.time.advanceMinutes(60);
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
    const clerk = await f.s.as('clerk');
    await clerk.put('/api/v1/notifications/settings', {
      sms: true,
      zzd: false,
      quietStart: '22:00',
      quietEnd: '07:30',
      daysAhead: 3,
    });
    f.s.time.set('2026-12-03T15:00:00Z'); // 23:00 in Shanghai
    await mutation(f.s.deps, await ctxOf('clerk'), async (m) => {
      await notify(m, {
        userId: clerkId,
        orgId: f.townId,
        kind: 'task.overdue',
        title: '夜间测试',
        dedupeKey: 'test:quiet',
      });
      await m.audit({ action: 'test.notified', orgId: f.townId });
    });
    expect(await deliverNotifications(deps)).toContain('免打扰顺延 1 条');
    expect(sent).toEqual([]);
    f.s.time.set('2026-12-03T23:31:00Z'); // 07:31
    expect(await deliverNotifications(deps)).toContain('发送 1 条');
    expect(sent).toEqual([{ channel: 'sms', to: '13812345678', text: '夜间测试' }]);
  });
});
