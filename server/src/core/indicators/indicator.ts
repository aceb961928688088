import type { Actor } from '../authz/actor.js';
import type { Q } from '../db/database.js';

/**
 * One figure of the 法治政府建设 annual report (and the cockpit): what it counts, in words, and how a
 * module computes it from its records. A module declares its indicators in `<module>.indicators.ts` and
 * lists them on its descriptor (`indicators`); the report module reads every registered one.
 */
export interface IndicatorDefinition {
  /** `<module>.<name>`, e.g. `enforcement.entrustedDecisions`; placeholders in the report use it. */
  key: string;
  /** The report's figure it reproduces (figures.md), e.g. `F12`. */
  figure?: string;
  /** Chinese name, e.g. 安全生产和消防委托执法决定书. */
  name: string;
  /** What is counted, in words (the numerator and, for a ratio, the denominator). */
  definition: string;
  /** count (件/个), yuan (元), percent (numerator ÷ denominator × 100). */
  unit: 'count' | 'yuan' | 'percent';
  /**
   * year: 1 Jan – 31 Dec; cutOff: 1 Jan – the town's reporting cut-off for the year (the 2024 report
   * counts some figures 截至11月底).
   */
  period: 'year' | 'cutOff';
}

/** The span an indicator is counted over, for one town (drill-down links are built for it). */
export interface IndicatorPeriod {
  townId: string;
  year: number;
  from: string;
  to: string;
}

/** The same span for several towns at once (the county's view counts all its towns together). */
export interface IndicatorSpan {
  townIds: readonly string[];
  year: number;
  from: string;
  to: string;
}

/** A computed figure: a count (denominator null) or a ratio. */
export interface IndicatorCount {
  numerator: number;
  denominator: number | null;
}

/** Computed figures by town id, then by indicator key. */
export type TownCounts = Record<string, Record<string, IndicatorCount>>;

/** Where the records behind a figure are listed: the API list and the web page with the same filter. */
export interface DrillDown {
  api: string;
  web: string;
}

/**
 * A module's computed indicators: the definitions, and one function counting the asked ones for a span
 * and every town in it from the module's own tables, in a few queries grouped by town (not one per
 * town or per key). Every town of `s.townIds` is in the answer, with zeros when it has no records.
 * Reads must go through `scoped(q, actor)` and be limited to `s.townIds`.
 */
export interface IndicatorProvider {
  module: string;
  definitions: IndicatorDefinition[];
  compute: (q: Q, actor: Actor, s: IndicatorSpan, keys: readonly string[]) => Promise<TownCounts>;
  /** The list behind a figure, when there is one. */
  drillDown?: (key: string, p: IndicatorPeriod) => DrillDown | null;
}
