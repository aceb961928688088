import { CompiledQuery, type Compilable } from 'kysely';
import type { Q } from './database.js';

/** What marks a slot among a compiled statement's parameters; no value the app binds starts with it. */
const MARK = '\u0000slot:';

type Slots<P> = { readonly [K in keyof P]: P[K] };

interface Compiled<P> {
  sql: string;
  bind: (values: P) => unknown[];
}

/**
 * A statement whose shape never changes (the workflow kernel's hot reads and writes): built and compiled
 * once per database, then run with each call's values bound in its slots. Kysely builds and compiles a
 * statement anew on every call, which costs more than SQLite's own work on such a statement
 * (bench/case-cost.mjs). `build` must pass each value only as its slot, whole; a slot used inside a
 * larger value (`${slot.q}%`) is refused when the statement is first compiled.
 */
export function fixedQuery<P extends Record<string, unknown>, R>(
  build: (q: Q, slot: Slots<P>) => Compilable<R>,
): (q: Q, values: P) => Promise<R[]> {
  // One compilation per database (its dialect and plugins); transactions share their database's adapter.
  const compiled = new WeakMap<object, Compiled<P>>();
  const slot = new Proxy({}, { get: (_, name) => `${MARK}${String(name)}` }) as Slots<P>;
  return async (q, values) => {
    const adapter = q.getExecutor().adapter;
    let c = compiled.get(adapter);
    if (!c) {
      c = compile(build(q, slot).compile());
      compiled.set(adapter, c);
    }
    return (await q.executeQuery<R>(CompiledQuery.raw(c.sql, c.bind(values)))).rows;
  };
}

function compile<P>({ sql, parameters }: CompiledQuery): Compiled<P> {
  const slots = parameters.map((p) => {
    if (typeof p !== 'string' || !p.includes(MARK)) return null;
    if (!p.startsWith(MARK) || p.lastIndexOf(MARK) !== 0)
      throw new Error(`fixedQuery: a slot must be bound whole, not inside ${JSON.stringify(p)}`);
    return p.slice(MARK.length) as keyof P;
  });
  return {
    sql,
    bind: (values) => slots.map((name, i) => (name === null ? parameters[i] : values[name])),
  };
}
