import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import type {
  DrillDown,
  IndicatorDefinition,
  IndicatorPeriod,
  IndicatorCount,
  IndicatorProvider,
  IndicatorSpan,
  TownCounts,
} from '../../core/indicators/indicator.js';
import { indicatorProviders } from '../../core/indicators/registry.js';
import { ENTERED_INDICATORS } from './entered.indicators.js';
import { periodOf, previousYear, spansOf, type TownCutOff } from './indicator-spans.js';

// tenancy: entries read through scoped(); computed figures through each module's scoped counts

/** The cut-off when the town has set none: the 2024 report counts 截至11月底. */
export const defaultCutOff = (year: number) => `${year}-11-30`;

/** Each town with its report's cut-off for the year, the default where it has no report (pure). */
export const withCutOffs = (
  townIds: readonly string[],
  reports: readonly { orgId: string; cutOffOn: string }[],
  year: number,
): TownCutOff[] => {
  const set = new Map(reports.map((r) => [r.orgId, r.cutOffOn]));
  return townIds.map((id) => ({ id, cutOff: set.get(id) ?? defaultCutOff(year) }));
};

export interface Entry {
  value: number;
  sourceDocument: string;
  sourceDate: string;
  enteredAt: string;
}

export interface IndicatorValue extends IndicatorDefinition {
  module: string;
  source: 'computed' | 'entered';
  from: string;
  to: string;
  numerator: number | null;
  denominator: number | null;
  /** The figure as reported: a count, yuan, or a percentage with one decimal; null when not available. */
  value: number | null;
  previous: number | null;
  /** value − previous (percentage points for a percentage). */
  change: number | null;
  entry: Entry | null;
  drillDown: DrillDown | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const valueOf = (unit: IndicatorDefinition['unit'], num: number, den: number | null) =>
  unit === 'percent' ? (den ? round1((num / den) * 100) : null) : num;

/** One provider's figures of the towns for the year: one call per span (usually one for all towns). */
async function counted(
  q: Q,
  actor: Actor,
  provider: IndicatorProvider,
  keys: readonly string[],
  spans: readonly IndicatorSpan[],
): Promise<TownCounts> {
  const parts = await Promise.all(spans.map((s) => provider.compute(q, actor, s, keys)));
  return Object.assign({}, ...parts) as TownCounts;
}

/** A computed indicator's counts for a town: this year's and last year's (same span a year back). */
export interface Counted {
  now: IndicatorCount;
  prev: IndicatorCount;
}

/** Each town's counts of every computed indicator, by key. */
export type TownFigures = Map<string, Record<string, Counted>>;

/**
 * Every computed indicator of each town, this year's and last year's, counted from the modules'
 * records: each provider counts all the towns of a span in one call, grouped by town.
 */
export async function countFigures(
  q: Q,
  actor: Actor,
  towns: readonly TownCutOff[],
  year: number,
  day: string,
): Promise<TownFigures> {
  const out: TownFigures = new Map(towns.map((t) => [t.id, {}]));
  if (!towns.length) return out;
  const before = previousYear(towns, year);
  await Promise.all(
    indicatorProviders().flatMap((provider) =>
      (['year', 'cutOff'] as const).map(async (kind) => {
        const keys = provider.definitions.filter((d) => d.period === kind).map((d) => d.key);
        if (!keys.length) return;
        const [now, prev] = await Promise.all([
          counted(q, actor, provider, keys, spansOf(towns, kind, year, day)),
          counted(q, actor, provider, keys, spansOf(before, kind, year - 1, day)),
        ]);
        for (const t of towns)
          for (const key of keys)
            out.get(t.id)![key] = { now: now[t.id]![key]!, prev: prev[t.id]![key]! };
      }),
    ),
  );
  return out;
}

/** One town's computed indicators from their counts, with last year's values and the change. */
function computedOf(
  figures: Record<string, Counted>,
  town: TownCutOff,
  year: number,
  day: string,
): IndicatorValue[] {
  // In the order the registry lists them: per module, the whole-year ones before the cut-off ones.
  const defs = (provider: IndicatorProvider) =>
    (['year', 'cutOff'] as const).flatMap((k) =>
      provider.definitions.filter((d) => d.period === k),
    );
  return indicatorProviders().flatMap((provider) =>
    defs(provider).map((d) => {
      const p: IndicatorPeriod = {
        townId: town.id,
        year,
        ...periodOf(d.period, year, town.cutOff, day),
      };
      const { now: c, prev: b } = figures[d.key]!;
      const value = valueOf(d.unit, c.numerator, c.denominator);
      const previous = valueOf(d.unit, b.numerator, b.denominator);
      return {
        ...d,
        module: provider.module,
        source: 'computed' as const,
        from: p.from,
        to: p.to,
        numerator: c.numerator,
        denominator: c.denominator,
        value,
        previous,
        change: value !== null && previous !== null ? round1(value - previous) : null,
        entry: null,
        drillDown: provider.drillDown?.(d.key, p) ?? null,
      };
    }),
  );
}

async function entries(q: Q, actor: Actor, townIds: readonly string[], year: number) {
  if (!townIds.length) return new Map<string, Entry & { value: number }>();
  const rows = await scoped(q, actor)
    .selectFrom('reportIndicatorEntries')
    .select(['orgId', 'key', 'year', 'value', 'sourceDocument', 'sourceDate', 'enteredAt'])
    .where('orgId', 'in', townIds)
    .where('year', 'in', [year, year - 1])
    .execute();
  return new Map(
    rows.map((r) => [`${r.orgId}:${r.year}:${r.key}`, { ...r, value: Number(r.value) }]),
  );
}

/** The entered indicators of a town (F24–F27), from their entries (never computed). */
function enteredOf(
  entered: Awaited<ReturnType<typeof entries>>,
  town: TownCutOff,
  year: number,
  day: string,
): IndicatorValue[] {
  return ENTERED_INDICATORS.map((d) => {
    const p = periodOf(d.period, year, town.cutOff, day);
    const e = entered.get(`${town.id}:${year}:${d.key}`) ?? null;
    const prev = entered.get(`${town.id}:${year - 1}:${d.key}`)?.value ?? null;
    return {
      ...d,
      module: 'entered',
      source: 'entered' as const,
      from: p.from,
      to: p.to,
      numerator: null,
      denominator: null,
      value: e?.value ?? null,
      previous: prev,
      change: e && prev !== null ? round1(e.value - prev) : null,
      entry: e && {
        value: e.value,
        sourceDocument: e.sourceDocument,
        sourceDate: e.sourceDate,
        enteredAt: e.enteredAt,
      },
      drillDown: null,
    };
  });
}

/** How a caller gets the towns' counts: live from the records, or through the snapshots. */
export type FigureSource = typeof countFigures;

/**
 * Every registered indicator of each town for a year, with last year's value and the change: computed
 * ones by their module from its records (`figures`: counted live unless the caller passes the
 * snapshots), entered ones from their entries (never mixed). Keyed by town id, in the towns' order.
 */
export async function indicatorSets(
  q: Q,
  actor: Actor,
  towns: readonly TownCutOff[],
  year: number,
  day: string,
  figures: FigureSource = countFigures,
): Promise<Map<string, IndicatorValue[]>> {
  const [counts, entered] = await Promise.all([
    figures(q, actor, towns, year, day),
    entries(
      q,
      actor,
      towns.map((t) => t.id),
      year,
    ),
  ]);
  return new Map(
    towns.map((t) => [
      t.id,
      [...computedOf(counts.get(t.id)!, t, year, day), ...enteredOf(entered, t, year, day)],
    ]),
  );
}

/** Every registered indicator of one town for a year (GET /indicators, the report's figures). */
export async function indicatorSet(
  q: Q,
  actor: Actor,
  townId: string,
  year: number,
  cutOff: string,
  day: string,
): Promise<IndicatorValue[]> {
  const sets = await indicatorSets(q, actor, [{ id: townId, cutOff }], year, day);
  return sets.get(townId)!;
}
