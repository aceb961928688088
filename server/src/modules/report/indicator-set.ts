import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import type {
  DrillDown,
  IndicatorDefinition,
  IndicatorPeriod,
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

/** One provider's computed indicators of every town, with last year's values and the change. */
async function computed(
  q: Q,
  actor: Actor,
  provider: IndicatorProvider,
  towns: readonly TownCutOff[],
  year: number,
  day: string,
): Promise<Map<string, IndicatorValue[]>> {
  const out = new Map<string, IndicatorValue[]>(towns.map((t) => [t.id, []]));
  const before = previousYear(towns, year);
  for (const kind of ['year', 'cutOff'] as const) {
    const defs = provider.definitions.filter((d) => d.period === kind);
    if (!defs.length) continue;
    const keys = defs.map((d) => d.key);
    const [now, prev] = await Promise.all([
      counted(q, actor, provider, keys, spansOf(towns, kind, year, day)),
      counted(q, actor, provider, keys, spansOf(before, kind, year - 1, day)),
    ]);
    for (const t of towns) {
      const p: IndicatorPeriod = { townId: t.id, year, ...periodOf(kind, year, t.cutOff, day) };
      for (const d of defs) {
        const c = now[t.id]![d.key]!;
        const b = prev[t.id]![d.key]!;
        const value = valueOf(d.unit, c.numerator, c.denominator);
        const previous = valueOf(d.unit, b.numerator, b.denominator);
        out.get(t.id)!.push({
          ...d,
          module: provider.module,
          source: 'computed',
          from: p.from,
          to: p.to,
          numerator: c.numerator,
          denominator: c.denominator,
          value,
          previous,
          change: value !== null && previous !== null ? round1(value - previous) : null,
          entry: null,
          drillDown: provider.drillDown?.(d.key, p) ?? null,
        });
      }
    }
  }
  return out;
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

/**
 * Every registered indicator of each town for a year, with last year's value and the change: computed
 * ones by their module from its records (each provider counting all the towns together, grouped by
 * town), entered ones from their entries (never mixed). Keyed by town id, in the towns' order.
 */
export async function indicatorSets(
  q: Q,
  actor: Actor,
  towns: readonly TownCutOff[],
  year: number,
  day: string,
): Promise<Map<string, IndicatorValue[]>> {
  const [perProvider, entered] = await Promise.all([
    Promise.all(indicatorProviders().map((p) => computed(q, actor, p, towns, year, day))),
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
      [...perProvider.flatMap((m) => m.get(t.id)!), ...enteredOf(entered, t, year, day)],
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
