import type { RequestContext } from './authz/actor.js';
import { recordEvents, type AuditInput } from './audit/record.js';
import { inTransaction, type Trx } from './db/database.js';
import { inGroupTransaction } from './db/group-commit.js';
import { withMutationMemo } from './db/mutation-memo.js';
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
 *
 * Reads the work repeats may be kept for the mutation's length only (db/mutation-memo.ts).
 *
 * Writes that would queue behind each other anyway share a commit (`inGroupTransaction`): on SQLite
 * all of them (one writer), on PostgreSQL those of one town (one audit chain): its signed-in staff, and
 * anonymous writes whose caller names the town (`opts.town`).
 */
export async function mutation<T>(
  deps: Pick<Deps, 'db' | 'time'>,
  ctx: RequestContext,
  fn: (m: MutationScope) => Promise<T>,
  opts: MutationOptions = {},
): Promise<T> {
  const now = deps.time.now();
  const group = commitGroup(deps.db.dialect, ctx, opts.town ?? null);
  const run = (work: (trx: Trx) => Promise<T>) =>
    group === null ? inTransaction(deps.db, work) : inGroupTransaction(deps.db, group, work);
  return run((trx) =>
    withMutationMemo(trx, async () => {
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
      await recordEvents(trx, ctx, pending, now, opts.town ?? null);
      return result;
    }),
  );
}

interface MutationOptions {
  /**
   * The id of the town (a town org, its own audit chain) an anonymous write belongs to, when the caller
   * already knows it (a portal taker's quiz, say): the write then shares a commit with the town's other
   * writes, as a signed-in person's does, and its events of that town need no chain lookup.
   */
  town?: string | null;
}

/**
 * Which writes share a commit: SQLite every one; PostgreSQL a town's signed-in staff and the
 * anonymous writes whose town the caller named; else none.
 */
function commitGroup(
  dialect: 'sqlite' | 'pg',
  ctx: RequestContext,
  town: string | null,
): string | null {
  if (dialect === 'sqlite') return 'all';
  const a = ctx.actor;
  if (a) return `town:${a.townId ?? a.orgId}`;
  return town ? `town:${town}` : null;
}
