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
 * each list is (and the keys of each row in it); `build` may depend on nothing else. `build` gets slots
 * shaped and typed as the values: a marker for each value, lists and plain rows followed into,
 * `undefined` for a value left out (so it may branch on what is present). Each value must be passed as
 * its slot, whole: a slot used inside a larger value (`${slot.q}%`) is refused when first compiled.
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
      c = compile(build(q, slotsOf(values, '') as P).compile(), values);
      shapes.set(shape, c);
    }
    return (await q.executeQuery<R>(CompiledQuery.raw(c.sql, c.bind(values)))).rows;
  };
}

/** A plain record or list that slots mirror, as opposed to a value bound whole. */
const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/** Which values are given or left out, and the length and keys of each list and row within them. */
function shapeOf(v: unknown): string {
  if (v === undefined) return '?';
  if (Array.isArray(v)) return `[${v.map(shapeOf).join(',')}]`;
  if (!isRecord(v)) {
    if (typeof (v as { toOperationNode?: unknown } | null)?.toOperationNode === 'function')
      throw new Error('fixedQuery: a value is an SQL expression; build it into the statement');
    return '';
  }
  let shape = '{';
  for (const k in v) shape += `${k}${shapeOf(v[k])},`;
  return `${shape}}`;
}

/** The slots mirroring `v`: a marker naming each value's path, lists and rows followed into. */
function slotsOf(v: unknown, path: string): unknown {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.map((e, i) => slotsOf(e, `${path}.${i}`));
  if (!isRecord(v)) return `${MARK}${path}`;
  const slots: Record<string, unknown> = {};
  for (const k in v) slots[k] = slotsOf(v[k], path === '' ? k : `${path}.${k}`);
  return slots;
}

/** The value at a slot's path within `values`; undefined where the path leads nowhere. */
function valueAt(values: unknown, path: string[]): unknown {
  let v = values;
  for (const step of path) v = (v as Record<string, unknown> | undefined)?.[step];
  return v;
}

function compile<P extends object>({ sql, parameters }: CompiledQuery, values: P): Compiled<P> {
  const slots = parameters.map((p) => {
    if (typeof p !== 'string' || !p.includes(MARK)) return null;
    if (!p.startsWith(MARK) || p.lastIndexOf(MARK) !== 0)
      throw new Error(`fixedQuery: a slot must be bound whole, not inside ${JSON.stringify(p)}`);
    const path = p.slice(MARK.length).split('.');
    if (valueAt(values, path) === undefined)
      throw new Error(`fixedQuery: a slot was altered before it was bound: ${JSON.stringify(p)}`);
    return path;
  });
  return {
    sql,
    bind: (values) =>
      slots.map((path, i) => (path === null ? parameters[i] : valueAt(values, path))),
  };
}
