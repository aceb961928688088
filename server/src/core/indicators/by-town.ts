import type { IndicatorCount, TownCounts } from './indicator.js';

/**
 * Helpers for providers that count every town in one grouped query (pure): the database answers one
 * row per town that has records; these turn such rows into every asked town's figures, zeros included.
 */

/** A database count or sum (number, numeric string, bigint or null) as a number; null is 0. */
export const num = (x: unknown): number => Number(x ?? 0);

/** A count or an amount. */
export const countOf = (x: unknown): IndicatorCount => ({ numerator: num(x), denominator: null });

/** A ratio: numerator ÷ denominator (the percentage is made by the report). */
export const ratioOf = (numerator: unknown, denominator: unknown): IndicatorCount => ({
  numerator: num(numerator),
  denominator: num(denominator),
});

/** Grouped rows by their town id (the last row wins when a town comes twice). */
export const rowsByTown = <R extends { townId: string | null }>(rows: readonly R[]) =>
  new Map(rows.filter((r) => r.townId !== null).map((r) => [r.townId as string, r]));

/** Every asked town's figures, each made by `one` (which sees no row for a town without records). */
export const perTown = (
  townIds: readonly string[],
  one: (townId: string) => Record<string, IndicatorCount>,
): TownCounts => Object.fromEntries(townIds.map((t) => [t, one(t)]));
