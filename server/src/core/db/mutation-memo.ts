import { AsyncLocalStorage } from 'node:async_hooks';
import type { Q, Trx } from './database.js';

/**
 * Reads one mutation repeats (the work calendar, an org's town …), kept for that mutation only: the memo
 * is made when the mutation starts and dropped when it ends, so nothing outlives its transaction and no
 * other request (nor another server) ever sees it. Only a read through the mutation's own handle is
 * memoised, within that mutation's own async context: a plain read on the root handle, or the next
 * mutation of a group commit (its own savepoint on the same handle), reads the database as before. Code
 * that writes what a key stands for forgets it.
 */
interface Memo {
  trx: Trx;
  values: Map<string, Promise<unknown>>;
}

const current = new AsyncLocalStorage<Memo>();

/** Runs one mutation's work with a fresh memo on its handle. */
export const withMutationMemo = <T>(trx: Trx, fn: () => Promise<T>): Promise<T> =>
  current.run({ trx, values: new Map() }, fn);

const memoOf = (q: Q) => {
  const memo = current.getStore();
  return memo && memo.trx === q ? memo : undefined;
};

/** `load()` once per mutation for `key` when `q` is the running mutation's handle; else every time. */
export function memoised<T>(q: Q, key: string, load: () => Promise<T>): Promise<T> {
  const memo = memoOf(q);
  if (!memo) return load();
  let value = memo.values.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    memo.values.set(key, value);
    // A failed read is not kept: the next caller reads again (and sees the error itself).
    value.catch(() => memo.values.delete(key));
  }
  return value;
}

/** Drops `key` after a write through `q` changed what it stands for. */
export function forget(q: Q, key: string): void {
  memoOf(q)?.values.delete(key);
}
