import type { ExpressionBuilder } from 'kysely';
import { maskPhone } from '../../core/crypto/mask.js';
import type { Database } from '../../core/db/schema.js';
import type { Deps } from '../../core/deps.js';
import { mutation } from '../../core/mutation.js';
import { quietUntil } from './quiet-hours.js';

const JOB_CTX = { actor: null, ip: null, userAgent: null, requestId: 'notification-delivery' };

/** Attempts before a delivery is given up (the notice stays in the app either way). */
export const MAX_ATTEMPTS = 5;
/** A claim lasts this long; a run that died holding it is taken over after. */
const CLAIM_MS = 5 * 60_000;
const BATCH = 50;

/** Backoff after the n-th failed attempt: 1, 2, 4, 8 … minutes. */
const retryDelayMs = (attempts: number) => 60_000 * 2 ** (attempts - 1);

/**
 * Sends what the outbox holds through the message gateway. Each row is claimed by a compare-and-set
 * (pending and due, or a claim that expired), so two app servers never send the same message; an
 * outcome is recorded in a mutation with its audit event. A failure is retried with exponential
 * backoff up to MAX_ATTEMPTS; quiet hours hold a message back without using an attempt.
 */
export async function deliverNotifications(deps: Deps): Promise<string> {
  const q = deps.db.kysely;
  const now = deps.time.now();
  const at = now.toISOString();
  const claimable = (eb: ExpressionBuilder<Database, 'notificationDeliveries'>) =>
    eb.or([
      eb.and([eb('status', '=', 'pending'), eb('nextAttemptAt', '<=', at)]),
      eb.and([eb('status', '=', 'sending'), eb('claimedUntil', '<', at)]),
    ]);
  const due = await q
    .selectFrom('notificationDeliveries')
    .select('id')
    .where(claimable)
    .orderBy('nextAttemptAt')
    .limit(BATCH)
    .execute();
  let sent = 0;
  let failed = 0;
  let held = 0;
  for (const { id } of due) {
    const claimed = await q
      // the outbox claim: machinery like the scheduler's slot claim, not a business change
      .updateTable('notificationDeliveries')
      .set({ status: 'sending', claimedUntil: new Date(now.getTime() + CLAIM_MS).toISOString() })
      .where('id', '=', id)
      .where(claimable)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const row = await q
      .selectFrom('notificationDeliveries as d')
      .innerJoin('notifications as n', 'n.id', 'd.notificationId')
      .innerJoin('users as u', 'u.id', 'd.userId')
      .leftJoin('notificationSettings as s', 's.userId', 'd.userId')
      .select([
        'd.id',
        'd.channel',
        'd.attempts',
        'd.notificationId',
        'n.title',
        'n.body',
        'u.phoneEnc',
        's.zzdAccountId',
        's.quietStart',
        's.quietEnd',
      ])
      .where('d.id', '=', id)
      .executeTakeFirstOrThrow();
    const until = quietUntil(
      now,
      { start: row.quietStart, end: row.quietEnd },
      deps.config.timezone,
    );
    if (until) {
      await q
        .updateTable('notificationDeliveries')
        .set({ status: 'pending', claimedUntil: null, nextAttemptAt: until.toISOString() })
        .where('id', '=', id)
        .execute();
      held += 1;
      continue;
    }
    const phone = row.phoneEnc ? deps.secrets.decrypt(row.phoneEnc) : null;
    const to = row.channel === 'sms' ? phone : row.zzdAccountId;
    let error: string | null = to
      ? null
      : row.channel === 'sms'
        ? '账号没有手机号'
        : '未填写浙政钉账号';
    if (to) {
      try {
        await deps.messages.send({
          channel: row.channel,
          to,
          text: row.body ? `${row.title}。${row.body}` : row.title,
        });
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
    }
    const attempts = row.attempts + 1;
    const giveUp = error !== null && (attempts >= MAX_ATTEMPTS || !to);
    await mutation(deps, JOB_CTX, async (m) => {
      await m.trx
        .updateTable('notificationDeliveries')
        .set(
          error === null
            ? {
                status: 'sent',
                attempts,
                sentAt: m.now.toISOString(),
                claimedUntil: null,
                lastError: null,
              }
            : {
                status: giveUp ? 'failed' : 'pending',
                attempts,
                claimedUntil: null,
                lastError: error.slice(0, 500),
                nextAttemptAt: new Date(m.now.getTime() + retryDelayMs(attempts)).toISOString(),
              },
        )
        .where('id', '=', id)
        .execute();
      await m.audit({
        action:
          error === null
            ? 'notification.delivery.sent'
            : giveUp
              ? 'notification.delivery.failed'
              : 'notification.delivery.retried',
        orgId: null,
        targetType: 'notification',
        targetId: row.notificationId,
        meta: {
          channel: row.channel,
          to: row.channel === 'sms' && to ? maskPhone(to) : to,
          attempts,
          ...(error ? { error: error.slice(0, 200) } : {}),
        },
      });
    });
    if (error === null) sent += 1;
    else failed += 1;
  }
  return `发送 ${sent} 条，失败 ${failed} 条，免打扰顺延 ${held} 条`;
}
