import type { Trx } from '../db/database.js';
import { newId } from '../ids.js';
import { roleHolders } from '../authz/role-holders.js';
import type { MutationScope } from '../mutation.js';
import './notification.tables.js';

interface NewNotification {
  userId: string;
  orgId: string | null;
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  /** The same key never produces a second notice (e.g. `task.overdue:<task>:<user>:<due date>`). */
  dedupeKey: string;
}

/** The defaults of a person who never saved settings: in the app only, warned 3 working days ahead. */
export const DEFAULT_DAYS_AHEAD = 3;

/**
 * Puts a notice in a person's 消息 inside the caller's mutation (whose audit event covers it), and queues
 * it in the delivery outbox for each outside channel the person turned on. Returns whether it was new.
 */
export async function notify(m: MutationScope, n: NewNotification): Promise<boolean> {
  const id = newId();
  const inserted = await m.trx
    .insertInto('notifications')
    .values({
      id,
      userId: n.userId,
      orgId: n.orgId,
      kind: n.kind,
      title: n.title,
      body: n.body ?? null,
      link: n.link ?? null,
      dedupeKey: n.dedupeKey,
      readAt: null,
      createdAt: m.now.toISOString(),
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  const settings = await m.trx
    // tenancy: the recipient's own settings
    .selectFrom('notificationSettings')
    .select(['sms', 'zzd'])
    .where('userId', '=', n.userId)
    .executeTakeFirst();
  const channels = [
    ...(settings?.sms ? (['sms'] as const) : []),
    ...(settings?.zzd ? (['zzd'] as const) : []),
  ];
  for (const channel of channels)
    await m.trx
      .insertInto('notificationDeliveries')
      .values({
        id: newId(),
        notificationId: id,
        userId: n.userId,
        channel,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: m.now.toISOString(),
        claimedUntil: null,
        lastError: null,
        sentAt: null,
        createdAt: m.now.toISOString(),
      })
      .execute();
  return true;
}

/**
 * Who a task reaches: its named assignee, or every active holder of its role whose scope covers the
 * task's org (an office works for its whole town: the same rule as 我的待办).
 */
export async function taskRecipients(
  trx: Trx,
  task: { orgId: string; assigneeUserId: string | null; assigneeRole: string | null },
): Promise<string[]> {
  if (task.assigneeUserId) return [task.assigneeUserId];
  if (!task.assigneeRole) return [];
  return (await roleHolders(trx, task.orgId, task.assigneeRole)).map((r) => r.id);
}
