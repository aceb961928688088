import type { Trx } from '../db/database.js';
import { fixedQuery } from '../db/fixed-query.js';
import type { Database } from '../db/schema.js';
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

/** The notices, each unless its key was used; fixed statements (fixedQuery) per number of notices. */
const insertNotices = fixedQuery((q, v: { rows: Database['notifications'][] }) =>
  q
    .insertInto('notifications')
    .values(v.rows)
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id'),
);
const settingsOf = fixedQuery((q, v: { users: string[] }) =>
  q
    // tenancy: the recipients' own settings
    .selectFrom('notificationSettings')
    .select(['userId', 'sms', 'zzd'])
    .where('userId', 'in', v.users),
);

/** The defaults of a person who never saved settings: in the app only, warned 3 working days ahead. */
export const DEFAULT_DAYS_AHEAD = 3;

/**
 * Puts a notice in a person's 消息 inside the caller's mutation (whose audit event covers it), and queues
 * it in the delivery outbox for each outside channel the person turned on. Returns whether it was new.
 */
export async function notify(m: MutationScope, n: NewNotification): Promise<boolean> {
  return (await notifyEach(m, [n])).length === 1;
}

/**
 * `notify` for several people at once (a task reaching a role's holders): one insert of the notices, one
 * read of their settings and one insert of the deliveries, whatever the number of people. Returns the
 * users whose notice was new.
 */
export async function notifyEach(m: MutationScope, list: NewNotification[]): Promise<string[]> {
  const createdAt = m.now.toISOString();
  // The same key never produces a second notice, within one call too.
  const unique = list.filter((n, i) => list.findIndex((o) => o.dedupeKey === n.dedupeKey) === i);
  if (unique.length === 0) return [];
  const rows = unique.map((n) => ({
    id: newId(),
    userId: n.userId,
    orgId: n.orgId,
    kind: n.kind,
    title: n.title,
    body: n.body ?? null,
    link: n.link ?? null,
    dedupeKey: n.dedupeKey,
    readAt: null,
    createdAt,
  }));
  const inserted = new Set((await insertNotices(m.trx, { rows })).map((r) => r.id));
  const fresh = rows.filter((r) => inserted.has(r.id));
  if (fresh.length === 0) return [];
  const settings = await settingsOf(m.trx, { users: fresh.map((r) => r.userId) });
  const channelsOf = new Map(
    settings.map((s) => [
      s.userId,
      [...(s.sms ? (['sms'] as const) : []), ...(s.zzd ? (['zzd'] as const) : [])],
    ]),
  );
  const deliveries = fresh.flatMap((r) =>
    (channelsOf.get(r.userId) ?? []).map((channel) => ({
      id: newId(),
      notificationId: r.id,
      userId: r.userId,
      channel,
      status: 'pending' as const,
      attempts: 0,
      nextAttemptAt: createdAt,
      claimedUntil: null,
      lastError: null,
      sentAt: null,
      createdAt,
    })),
  );
  if (deliveries.length)
    await m.trx.insertInto('notificationDeliveries').values(deliveries).execute();
  return fresh.map((r) => r.userId);
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
