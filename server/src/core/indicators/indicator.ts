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

/** The span an indicator is counted over, for one town. */
export interface IndicatorPeriod {
  townId: string;
  year: number;
  from: string;
  to: string;
}

/** A computed figure: a count (denominator null) or a ratio. */
export interface IndicatorCount {
  numerator: number;
  denominator: number | null;
}

/** Where the records behind a figure are listed: the API list and the web page with the same filter. */
export interface DrillDown {
  api: string;
  web: string;
}

/**
 * A module's computed indicators: the definitions, and one function counting the asked ones for a
 * period from the module's own tables (one call per period, so a module may count them in one query).
 * Reads must go through `scoped(q, actor)` and be limited to `p.townId`.
 */
export interface IndicatorProvider {
  module: string;
  definitions: IndicatorDefinition[];
  compute: (
    q: Q,
    actor: Actor,
    p: IndicatorPeriod,
    keys: readonly string[],
  ) => Promise<Record<string, IndicatorCount>>;
  /** The list behind a figure, when there is one. */
  drillDown?: (key: string, p: IndicatorPeriod) => DrillDown | null;
}

/** A provider's `compute` from a function counting one key (the keys counted one after another). */
export const eachKey =
  (one: (q: Q, actor: Actor, p: IndicatorPeriod, key: string) => Promise<IndicatorCount>) =>
  async (q: Q, actor: Actor, p: IndicatorPeriod, keys: readonly string[]) => {
    const out: Record<string, IndicatorCount> = {};
    for (const key of keys) out[key] = await one(q, actor, p, key);
    return out;
  };
