import type { IndicatorDefinition, IndicatorSpan } from '../../core/indicators/indicator.js';

/** A town and the cut-off of its report for the year (its own, or the default 11-30). */
export interface TownCutOff {
  id: string;
  cutOff: string;
}

/**
 * The span of an indicator for a year (pure): the whole year or up to the town's cut-off, never past
 * today.
 */
export function periodOf(
  kind: IndicatorDefinition['period'],
  year: number,
  cutOff: string,
  day: string,
) {
  const end = kind === 'cutOff' ? cutOff : `${year}-12-31`;
  return { from: `${year}-01-01`, to: end < day ? end : day };
}

/** The same towns with last year's cut-off (the same month and day). */
export const previousYear = (towns: readonly TownCutOff[], year: number): TownCutOff[] =>
  towns.map((t) => ({ id: t.id, cutOff: `${year - 1}${t.cutOff.slice(4)}` }));

/**
 * The towns grouped by their span (pure), so a provider counts every town of a span in one call: one
 * span for all towns counted by the whole year, one per distinct cut-off otherwise.
 */
export function spansOf(
  towns: readonly TownCutOff[],
  kind: IndicatorDefinition['period'],
  year: number,
  day: string,
): IndicatorSpan[] {
  const spans = new Map<string, { townIds: string[]; year: number; from: string; to: string }>();
  for (const t of towns) {
    const p = periodOf(kind, year, t.cutOff, day);
    const key = `${p.from}/${p.to}`;
    const span = spans.get(key) ?? { townIds: [], year, ...p };
    span.townIds.push(t.id);
    spans.set(key, span);
  }
  return [...spans.values()];
}
