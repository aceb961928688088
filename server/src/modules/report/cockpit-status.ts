/**
 * The cockpit's traffic lights (红黄绿), as plain rules so a town reads the same colour the county does.
 *
 * An indicator against last year's value for the same period:
 * - green: as good as last year or better;
 * - yellow: worse by at most 10 % of last year's value (a percentage: by at most 5 points);
 * - red: worse by more;
 * - null: no comparison (either year has no value).
 * "Better" is more, except for the figures where fewer is better (行政诉讼发案, 复议纠错).
 *
 * A module's open items: green with nothing overdue, yellow when at most one in five open items is
 * overdue, red when more are.
 */
type Light = 'green' | 'yellow' | 'red';

/** Indicators where a smaller figure is the better one. */
const FEWER_IS_BETTER: ReadonlySet<string> = new Set([
  'litigation.lawsuitsFiled',
  'litigation.corrections',
]);

const TOLERANCE_SHARE = 0.1;
const TOLERANCE_POINTS = 5;

export function indicatorLight(i: {
  key: string;
  unit: 'count' | 'yuan' | 'percent';
  value: number | null;
  previous: number | null;
}): Light | null {
  if (i.value === null || i.previous === null) return null;
  const gain = FEWER_IS_BETTER.has(i.key) ? i.previous - i.value : i.value - i.previous;
  if (gain >= 0) return 'green';
  const tolerance =
    i.unit === 'percent' ? TOLERANCE_POINTS : Math.abs(i.previous) * TOLERANCE_SHARE;
  return -gain <= tolerance ? 'yellow' : 'red';
}

export function openItemsLight(open: number, overdue: number): Light {
  if (overdue === 0) return 'green';
  return overdue * 5 <= open ? 'yellow' : 'red';
}

/**
 * Ranks (1 = best) of the towns' values for an indicator: more is better unless fewer is; equal values
 * share a rank (1, 1, 3); a town without a value has no rank.
 */
export function ranks(key: string, values: readonly (number | null)[]): (number | null)[] {
  const sign = FEWER_IS_BETTER.has(key) ? 1 : -1;
  const known = values.filter((v): v is number => v !== null).sort((a, b) => sign * (a - b));
  return values.map((v) => (v === null ? null : known.findIndex((k) => k === v) + 1));
}
