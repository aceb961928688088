import {
  transactionAuditChainKey,
  transactionChainHeads,
  type ChainHeads,
  type Q,
  type Trx,
} from '../db/database.js';
import { currentBatch, type BatchParticipant, type BatchScope } from '../db/group-commit.js';
import { appendEvents, type UnchainedEvent } from './append.js';

const TRAIL = Symbol('audit trail');

/**
 * The audit events of a group-commit batch, appended at the batch's end: one statement per chain
 * instead of one per write, while the chain heads' locks are held. A write whose savepoint is rolled
 * back takes its events with it. Hashes and seqs are computed at the append, in the order the events
 * were recorded, from the head the database holds then.
 */
class DeferredTrail implements BatchParticipant {
  readonly #events: { chainId: string; event: UnchainedEvent }[] = [];
  /** How many of `#events` are written (in this transaction). */
  #written = 0;
  /** Per write, the state before its first change here: restored when its savepoint is rolled back. */
  readonly #marks = new Map<number, { length: number; written: number }>();

  constructor(
    private readonly chainKey: Buffer | undefined,
    private readonly heads: ChainHeads | undefined,
  ) {}

  add(job: number, chainId: string, event: UnchainedEvent) {
    this.#mark(job);
    this.#events.push({ chainId, event });
  }

  rolledBack(job: number) {
    const mark = this.#marks.get(job);
    if (!mark) return;
    // Events written since the mark were undone by the rollback: their heads here are stale.
    for (const e of this.#events.slice(mark.written, this.#written)) this.heads?.delete(e.chainId);
    this.#events.length = mark.length;
    this.#written = mark.written;
    this.#marks.delete(job);
  }

  /**
   * Writes every event not yet written, chain by chain in a fixed order (no lock-order deadlock);
   * `job`: the write asking, whose rollback undoes this.
   */
  async flush(trx: Trx, job?: number) {
    if (job !== undefined) this.#mark(job);
    if (this.#written === this.#events.length) return;
    if (!this.chainKey) throw new Error('audit chain key missing');
    const chainKey = this.chainKey;
    const byChain = new Map<string, UnchainedEvent[]>();
    for (const { chainId, event } of this.#events.slice(this.#written)) {
      const list = byChain.get(chainId);
      if (list) list.push(event);
      else byChain.set(chainId, [event]);
    }
    for (const chainId of [...byChain.keys()].sort())
      await appendEvents(trx, chainId, byChain.get(chainId)!, this.heads, chainKey);
    this.#written = this.#events.length;
  }

  beforeCommit(trx: Trx) {
    return this.flush(trx);
  }

  #mark(job: number) {
    if (!this.#marks.has(job))
      this.#marks.set(job, { length: this.#events.length, written: this.#written });
  }
}

const trailOf = (batch: BatchScope) =>
  batch.participant(
    TRAIL,
    () => new DeferredTrail(transactionAuditChainKey(), transactionChainHeads()),
  );

/**
 * Inside a group-commit batch (`trx` is its transaction): keeps the event for the batch's end and
 * returns true. Outside one (a lone write, a transaction of its own) returns false: the caller appends
 * at once.
 */
export function deferEvent(trx: Trx, chainId: string, event: UnchainedEvent): boolean {
  const batch = currentBatch();
  if (batch?.trx !== trx) return false;
  trailOf(batch).add(batch.job, chainId, event);
  return true;
}

/**
 * Writes the events the batch holds so far, before code reads the trail inside the transaction (a
 * record's path from its events): it then sees every event recorded before, as without batching.
 */
export async function settleDeferredEvents(q: Q): Promise<void> {
  const batch = currentBatch();
  if (batch?.trx === q) await trailOf(batch).flush(batch.trx, batch.job);
}
