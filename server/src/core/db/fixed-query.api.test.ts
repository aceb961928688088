import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, pgMissing, type TestEnv } from '../../test/test-env.js';
import { fixedQuery } from './fixed-query.js';

/** A statement compiled once and run with new values, on the real database of the run. */
describe.skipIf(pgMissing())('fixedQuery', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env?.close());

  const nextValue = fixedQuery<{ org: string; kind: string; year: number }, { lastValue: number }>(
    (q, s) =>
      q
        .insertInto('docNumberSequences')
        .values({ orgId: s.org, kind: s.kind, year: s.year, lastValue: 1 })
        .onConflict((oc) =>
          oc
            .columns(['orgId', 'kind', 'year'])
            .doUpdateSet((eb) => ({ lastValue: eb('docNumberSequences.lastValue', '+', 1) })),
        )
        .returning('lastValue'),
  );
  const sequences = fixedQuery<{ kind: string; from: number }, { year: number; lastValue: number }>(
    (q, s) =>
      q
        .selectFrom('docNumberSequences')
        .select(['year', 'lastValue'])
        .where('kind', '=', s.kind)
        .where('year', '>=', s.from)
        // A constant of the statement stays bound as it was built.
        .where('orgId', '<>', 'no such org')
        .orderBy('year'),
  );

  it('binds each call’s values, inside a transaction and out, rows in the app’s camelCase', async () => {
    const q = env.deps.db.kysely;
    const { id: org } = await q.selectFrom('orgs').select('id').executeTakeFirstOrThrow();
    expect(await nextValue(q, { org, kind: 'k', year: 2024 })).toEqual([{ lastValue: 1 }]);
    expect(await nextValue(q, { org, kind: 'k', year: 2024 })).toEqual([{ lastValue: 2 }]);
    await q.transaction().execute(async (trx) => {
      expect(await nextValue(trx, { org, kind: 'k', year: 2025 })).toEqual([{ lastValue: 1 }]);
    });
    expect(await sequences(q, { kind: 'k', from: 2024 })).toEqual([
      { year: 2024, lastValue: 2 },
      { year: 2025, lastValue: 1 },
    ]);
    expect(await sequences(q, { kind: 'k', from: 2025 })).toEqual([{ year: 2025, lastValue: 1 }]);
    expect(await sequences(q, { kind: 'other', from: 2024 })).toEqual([]);
  });

  it('refuses a slot used inside a larger value, whose binding would be wrong', async () => {
    const like = fixedQuery<{ q: string }, { kind: string }>((q, s) =>
      q
        .selectFrom('docNumberSequences')
        .select('kind')
        .where('kind', 'like', sql<string>`${`%${s.q}%`}`),
    );
    await expect(like(env.deps.db.kysely, { q: 'k' })).rejects.toThrow(/bound whole/);
  });

  it('compiles one statement per shape: each list by its length, each value given or left out', async () => {
    const q = env.deps.db.kysely;
    const { id: org } = await q.selectFrom('orgs').select('id').executeTakeFirstOrThrow();
    const add = fixedQuery<{ orgId: string; kind: string; year: number; lastValue: number }, never>(
      (q, s) => q.insertInto('docNumberSequences').values(s),
    );
    for (const [kind, year] of [
      ['a', 2030],
      ['b', 2030],
      ['c', 2031],
    ] as const)
      await add(q, { orgId: org, kind, year, lastValue: 7 });
    const kinds = fixedQuery<{ kinds: string[]; year?: number | undefined }, { kind: string }>(
      (q, s) => {
        let b = q.selectFrom('docNumberSequences').select('kind').where('kind', 'in', s.kinds);
        if (s.year !== undefined) b = b.where('year', '=', s.year);
        return b.orderBy('kind');
      },
    );
    const names = async (v: { kinds: string[]; year?: number }) =>
      (await kinds(q, v)).map((r) => r.kind);
    expect(await names({ kinds: ['a'] })).toEqual(['a']);
    expect(await names({ kinds: ['a', 'c'] })).toEqual(['a', 'c']);
    expect(await names({ kinds: ['b', 'c'] })).toEqual(['b', 'c']);
    expect(await names({ kinds: ['a', 'b', 'c'], year: 2030 })).toEqual(['a', 'b']);
    expect(await names({ kinds: ['c'], year: 2030 })).toEqual([]);
    expect(await names({ kinds: ['c'] })).toEqual(['c']);
  });

  it('follows lists of rows into their columns, and refuses an SQL expression as a value', async () => {
    const q = env.deps.db.kysely;
    const { id: org } = await q.selectFrom('orgs').select('id').executeTakeFirstOrThrow();
    type Row = { orgId: string; kind: string; year: number; lastValue: number };
    const addAll = fixedQuery((q, v: { rows: Row[] }) =>
      q.insertInto('docNumberSequences').values(v.rows).returning(['kind', 'lastValue']),
    );
    const row = (kind: string, lastValue: number): Row => ({
      orgId: org,
      kind,
      year: 2040,
      lastValue,
    });
    expect(await addAll(q, { rows: [row('x', 1), row('y', 2)] })).toEqual([
      { kind: 'x', lastValue: 1 },
      { kind: 'y', lastValue: 2 },
    ]);
    expect(await addAll(q, { rows: [row('z', 3), row('w', 4)] })).toEqual([
      { kind: 'z', lastValue: 3 },
      { kind: 'w', lastValue: 4 },
    ]);
    expect(await addAll(q, { rows: [row('v', 5)] })).toEqual([{ kind: 'v', lastValue: 5 }]);
    const bump = fixedQuery((q, v: { set: Record<string, unknown>; kind: string }) =>
      q
        .updateTable('docNumberSequences')
        .set(v.set)
        .where('kind', '=', v.kind)
        .returning('lastValue'),
    );
    expect(await bump(q, { set: { lastValue: 9 }, kind: 'v' })).toEqual([{ lastValue: 9 }]);
    await expect(
      bump(q, { set: { lastValue: sql<number>`last_value + 1` }, kind: 'v' }),
    ).rejects.toThrow(/SQL expression/);
  });
});
