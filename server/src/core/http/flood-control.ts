import { countHit, giveBackHit } from '../db/atomic-counter.js';
import type { Q } from '../db/database.js';
import { tooManyRequests } from '../errors.js';

/**
 * A flood limit (防刷) of a public form: at most `limit` hits per key in each fixed window of
 * `windowMinutes`, counted by the one atomic counter (core/db/atomic-counter.ts).
 */
export interface FloodRule {
  /** Names the bucket, e.g. `disclosure.apply.ip`. */
  name: string;
  limit: number;
  windowMinutes: number;
  /** What the refused caller reads (Chinese). */
  message: string;
}

/**
 * Counts one hit for `key` and refuses (429) once the window holds more than the limit; a parallel
 * burst gets exactly `limit` through. Call it outside the caller's transaction: a refused or failed
 * request still counts.
 */
export async function takeFloodHit(q: Q, rule: FloodRule, key: string, now: Date): Promise<void> {
  const hits = await countHit(q, `${rule.name}:${key}`, rule.windowMinutes, now);
  if (hits > rule.limit)
    throw tooManyRequests(rule.message, { retryAfterMinutes: rule.windowMinutes });
}

/** Gives a hit back: for limits that count only failures (a look-up that succeeded after all). */
export async function returnFloodHit(q: Q, rule: FloodRule, key: string, now: Date): Promise<void> {
  await giveBackHit(q, `${rule.name}:${key}`, rule.windowMinutes, now);
}
