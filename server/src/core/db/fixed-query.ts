import { CompiledQuery, type Compilable } from 'kysely';
import type { Q } from './database.js';

/** What marks a slot among a compiled statement's parameters; no value the app binds starts with it. */
const MARK = '\u0000slot:';

interface Compiled<P> {
  sql: string;
  bind: (values: P) => unknown[];
}

/**
 * A statement whose shape never changes (the workflow kernel's hot reads and writes): built and compiled
 * once per database and per shape, then run with each call's values bound in its slots. Kysely builds
 * and compiles a statement anew on every call, which costs more than SQLite's own work on such a
 * statement (bench/case-cost.mjs). The shape is which values are given, which are left out and how long
 * each list is; `build` may depend on nothing else. `build` gets the slots typed as the values: each
 * value's marker, a list's one marker per element, `undefined` for a value left out (so it may branch on
 * what is present), enumerable as a row to insert. Each value must be passed as its slot, whole: a slot
 * used inside a larger value (`${slot.q}%`) is refused when the statement is first compiled.
 */
export function fixedQuery<P extends object, R>(
  build: (q: Q, slot: P) => Compilable<R>,
): (q: Q, values: P) => Promise<R[]> {
  // Per database (its dialect and plugins; transactions share their database's adapter), per shape.
  const compiled = new WeakMap<object, Map<string, Compiled<P>>>();
  return async (q, values) => {
    const adapter = q.getExecutor().adapter;
    let shapes = compiled.get(adapter);
    if (!shapes) compiled.set(adapter, (shapes = new Map()));
    const shape = shapeOf(values);
    let c = shapes.get(shape);
    if (!c) {
      c = compile(build(q, slotsOf(values)).compile(), values);
      shapes.set(shape, c);
    }
    return (await q.executeQuery<R>(CompiledQuery.raw(c.sql, c.bind(values)))).rows;
  };
}

function shapeOf(values: object): string {
  let shape = '';
  for (const k in values) {
    const v = (values as Record<string, unknown>)[k];
    shape += v === undefined ? `${k}?,` : Array.isArray(v) ? `${k}[${v.length}],` : `${k},`;
  }
  return shape;
}

function slotsOf<P extends object>(values: P): P {
  const slots: Record<string, unknown> = {};
  for (const k in values) {
    const v = values[k];
    slots[k] =
      v === undefined
        ? undefined
        : Array.isArray(v)
          ? v.map((_, i) => `${MARK}${k}.${i}`)
          : `${MARK}${k}`;
  }
  return slots as P;
}

function compile<P extends object>({ sql, parameters }: CompiledQuery, values: P): Compiled<P> {
  const slots = parameters.map((p) => {
    if (typeof p !== 'string' || !p.includes(MARK)) return null;
    if (!p.startsWith(MARK) || p.lastIndexOf(MARK) !== 0)
      throw new Error(`fixedQuery: a slot must be bound whole, not inside ${JSON.stringify(p)}`);
    const [name, index] = p.slice(MARK.length).split('.');
    if (name === undefined || !(name in values))
      throw new Error(`fixedQuery: a slot was altered before it was bound: ${JSON.stringify(p)}`);
    return { name: name as keyof P, index: index === undefined ? null : Number(index) };
  });
  return {
    sql,
    bind: (values) =>
      slots.map((s, i) =>
        s === null
          ? parameters[i]
          : s.index === null
            ? values[s.name]
            : (values[s.name] as unknown[])[s.index],
      ),
  };
}
