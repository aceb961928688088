import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'kysely';
import { assertNotInTransaction, inTransaction, type Db, type Trx } from './database.js';

/**
 * Group commit for writes that queue behind one another anyway: writes of one group that arrive while
 * the group's transaction is running wait for it and then run together in the next transaction, each
 * in its own savepoint, so a burst pays one commit (one fsync) instead of one each. Nothing is
 * acknowledged before its commit: a write's promise settles only when the transaction holding it has
 * committed (or when its own savepoint was rolled back, which undoes all it did, its 文号 included).
 * A lone write runs in a plain transaction, as before.
 */
// Savepoints are left to the commit (no RELEASE: one round trip less a write); a batch stays within
// the 64 subtransactions PostgreSQL caches per backend.
const MAX_BATCH = 32;

interface Job {
  work: (trx: Trx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Group {
  queue: Job[];
  running: boolean;
}

/**
 * Work a batch's writes hand to the batch's end (the audit trail's appends): it runs in the batch's
 * transaction after the last write and before the commit, and forgets what a write whose savepoint was
 * rolled back handed to it. A failure of `beforeCommit` fails the whole batch: nothing is acknowledged.
 */
export interface BatchParticipant {
  /** The savepoint of write `job` was rolled back: drop what it handed over, and undo what was
   * written to the database on its behalf or after its savepoint. */
  rolledBack(job: number): void;
  beforeCommit(trx: Trx): Promise<void>;
}

/** The batch a write runs in: which write it is, and the participants shared by its writes. */
export interface BatchScope {
  /** The batch's transaction: work handed over must be of this one (not of a later transaction). */
  readonly trx: Trx;
  readonly job: number;
  /** The participant under `key`, made on first use in this batch. */
  participant<P extends BatchParticipant>(key: symbol, make: () => P): P;
}

const batchScope = new AsyncLocalStorage<BatchScope>();

/** The batch of the running write, when it shares its transaction with others; else undefined. */
export const currentBatch = (): BatchScope | undefined => batchScope.getStore();

const groupsOf = new WeakMap<Db, Map<string, Group>>();

/**
 * Runs `work` in a transaction shared with the other writes of `group` that are waiting at the time
 * (SQLite: every write, it has one writer; PostgreSQL: e.g. one town, whose audit chain serialises
 * its writes). Different groups never wait for each other here.
 */
export function inGroupTransaction<T>(
  db: Db,
  group: string,
  work: (trx: Trx) => Promise<T>,
): Promise<T> {
  assertNotInTransaction();
  let groups = groupsOf.get(db);
  if (!groups) groupsOf.set(db, (groups = new Map()));
  let g = groups.get(group);
  if (!g) groups.set(group, (g = { queue: [], running: false }));
  const running = g;
  return new Promise<T>((resolve, reject) => {
    running.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
    if (running.running) return;
    running.running = true;
    // The first write waits for the end of this turn of the event loop, so the writes whose requests
    // were read in the same turn join its batch. On SQLite a transaction never yields to I/O (its calls
    // are synchronous), so without this wait nothing could queue behind it and every write paid its
    // own commit and fsync.
    setImmediate(() => void drain(db, running, groups, group));
  });
}

async function drain(db: Db, g: Group, groups: Map<string, Group>, key: string) {
  while (g.queue.length) await runBatch(db, g.queue.splice(0, MAX_BATCH));
  g.running = false;
  groups.delete(key);
}

async function runBatch(db: Db, batch: Job[]) {
  const [only] = batch;
  if (only && batch.length === 1) {
    await inTransaction(db, only.work).then(only.resolve, only.reject);
    return;
  }
  const done: { job: Job; value: unknown }[] = [];
  const failed = new Set<Job>();
  const participants = new Map<symbol, BatchParticipant>();
  try {
    await inTransaction(db, async (trx) => {
      for (const [i, job] of batch.entries()) {
        await sql.raw(`savepoint w${i}`).execute(trx);
        const scope: BatchScope = {
          trx,
          job: i,
          participant: <P extends BatchParticipant>(key: symbol, make: () => P) => {
            let p = participants.get(key);
            if (!p) participants.set(key, (p = make()));
            return p as P;
          },
        };
        try {
          done.push({ job, value: await batchScope.run(scope, () => job.work(trx)) });
        } catch (e) {
          await sql.raw(`rollback to savepoint w${i}`).execute(trx);
          for (const p of participants.values()) p.rolledBack(i);
          failed.add(job);
          job.reject(e);
        }
      }
      for (const p of participants.values()) await p.beforeCommit(trx);
    });
  } catch (e) {
    // The commit (or the transaction itself) failed: nothing of the batch is stored.
    for (const job of batch) if (!failed.has(job)) job.reject(e);
    return;
  }
  for (const d of done) d.job.resolve(d.value);
}
