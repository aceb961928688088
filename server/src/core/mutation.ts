import type { RequestContext } from './authz/actor.js';
import { recordEvent, type AuditInput } from './audit/record.js';
import { inTransaction, type Trx } from './db/database.js';
import type { Deps } from './deps.js';

export interface MutationScope {
  trx: Trx;
  now: Date;
  /** Appends an audit event in this transaction. */
  audit(input: AuditInput): Promise<string>;
}

/**
 * The only way services change data: one transaction, and at least one audit event in it.
 * A mutation that forgets its event fails loudly instead of committing an untraced change.
 */
export async function mutation<T>(deps: Pick<Deps, 'db' | 'time'>, ctx: RequestContext, fn: (m: MutationScope) => Promise<T>): Promise<T> {
  const now = deps.time.now();
  return inTransaction(deps.db, async (trx) => {
    let events = 0;
    const result = await fn({
      trx,
      now,
      audit: (input) => {
        events += 1;
        return recordEvent(trx, ctx, input, now);
      },
    });
    if (events === 0) throw new Error('mutation committed without an audit event');
    return result;
  });
}
