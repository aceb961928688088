import type { RequestContext } from './authz/actor.js';
import { recordEvent, type AuditInput } from './audit/record.js';
import { inTransaction, type Trx } from './db/database.js';
import type { Deps } from './deps.js';
import { newId } from './ids.js';

export interface MutationScope {
  trx: Trx;
  now: Date;
  /** Appends an audit event in this transaction. */
  audit(input: AuditInput): Promise<string>;
}

/**
 * The only way services change data: one transaction, and at least one audit event in it.
 * A mutation that forgets its event fails loudly instead of committing an untraced change.
 *
 * Events are appended when the work is done, just before commit: the town's chain head is then always
 * the last row a transaction locks, so it is held for the shortest time and can never take part in a
 * lock-order deadlock with the rows the work itself touched.
 */
export async function mutation<T>(
  deps: Pick<Deps, 'db' | 'time'>,
  ctx: RequestContext,
  fn: (m: MutationScope) => Promise<T>,
): Promise<T> {
  const now = deps.time.now();
  return inTransaction(deps.db, async (trx) => {
    const pending: { id: string; input: AuditInput }[] = [];
    const result = await fn({
      trx,
      now,
      audit: async (input) => {
        const id = newId();
        pending.push({ id, input });
        return id;
      },
    });
    if (pending.length === 0) throw new Error('mutation committed without an audit event');
    for (const e of pending) await recordEvent(trx, ctx, e.input, now, e.id);
    return result;
  });
}
