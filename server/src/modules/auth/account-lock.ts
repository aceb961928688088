import type { Q } from '../../core/db/database.js';

/**
 * The account lockout (等保: lock after N failed sign-ins) as atomic updates of `users`.
 * An attempt first claims a slot — the failure count goes up before the password or code is checked —
 * so a parallel burst gets at most `max` guesses; a right answer gives the slot back.
 */
export async function claimAttempt(
  q: Q,
  userId: string,
  now: Date,
  max: number,
): Promise<number | null> {
  const row = await q
    .updateTable('users')
    .set((eb) => ({ failedLoginCount: eb('failedLoginCount', '+', 1) }))
    .where('id', '=', userId)
    .where('failedLoginCount', '<', max)
    .where((eb) =>
      eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', now.toISOString())]),
    )
    .returning('failedLoginCount')
    .executeTakeFirst();
  return row ? Number(row.failedLoginCount) : null;
}

/** After a wrong answer: locks the account if its slots are used up. True when this call locked it. */
export async function lockIfExhausted(
  q: Q,
  userId: string,
  max: number,
  until: Date,
): Promise<boolean> {
  const res = await q
    .updateTable('users')
    .set({ failedLoginCount: 0, lockedUntil: until.toISOString() })
    .where('id', '=', userId)
    .where('failedLoginCount', '>=', max)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** A right password while the second factor is still to come: the slot is returned, the count kept. */
export async function returnAttempt(q: Q, userId: string): Promise<void> {
  await q
    .updateTable('users')
    .set((eb) => ({ failedLoginCount: eb('failedLoginCount', '-', 1) }))
    .where('id', '=', userId)
    .where('failedLoginCount', '>', 0)
    .execute();
}

/** Sign-in complete: the count starts again. */
export async function clearFailures(q: Q, userId: string, now: Date): Promise<void> {
  await q
    .updateTable('users')
    .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now.toISOString() })
    .where('id', '=', userId)
    .execute();
}
