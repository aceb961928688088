import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import type {
  DrillDown,
  IndicatorDefinition,
  IndicatorPeriod,
} from '../../core/indicators/indicator.js';
import { indicatorProviders } from '../../core/indicators/registry.js';
import { ENTERED_INDICATORS } from './entered.indicators.js';

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

/** The span of an indicator for a year: the whole year or up to the cut-off, never past today. */
function periodOf(
  d: IndicatorDefinition,
  townId: string,
  year: number,
  cutOff: string,
  day: string,
) {
  const end = d.period === 'cutOff' ? cutOff : `${year}-12-31`;
  return { townId, year, from: `${year}-01-01`, to: end < day ? end : day };
}

async function entries(q: Q, actor: Actor, townId: string, year: number) {
  const rows = await scoped(q, actor)
    .selectFrom('reportIndicatorEntries')
    .select(['key', 'year', 'value', 'sourceDocument', 'sourceDate', 'enteredAt'])
    .where('orgId', '=', townId)
    .where('year', 'in', [year, year - 1])
    .execute();
  return new Map(rows.map((r) => [`${r.year}:${r.key}`, { ...r, value: Number(r.value) }]));
}

/**
 * Every registered indicator of a town for a year, with last year's value and the change: computed
 * ones by their module from its records, entered ones from their entries (never mixed).
 */
export async function indicatorSet(
  q: Q,
  actor: Actor,
  townId: string,
  year: number,
  cutOff: string,
  day: string,
): Promise<IndicatorValue[]> {
  const prevCutOff = `${year - 1}${cutOff.slice(4)}`;
  const out: IndicatorValue[] = [];
  for (const provider of indicatorProviders()) {
    // One call per period kind and year: a module may count all its figures in one query.
    for (const kind of ['year', 'cutOff'] as const) {
      const defs = provider.definitions.filter((d) => d.period === kind);
      if (!defs.length) continue;
      const keys = defs.map((d) => d.key);
      const p: IndicatorPeriod = periodOf(defs[0]!, townId, year, cutOff, day);
      const [now, before] = await Promise.all([
        provider.compute(q, actor, p, keys),
        provider.compute(q, actor, periodOf(defs[0]!, townId, year - 1, prevCutOff, day), keys),
      ]);
      for (const d of defs) {
        const value = valueOf(d.unit, now[d.key]!.numerator, now[d.key]!.denominator);
        const previous = valueOf(d.unit, before[d.key]!.numerator, before[d.key]!.denominator);
        out.push({
          ...d,
          module: provider.module,
          source: 'computed',
          from: p.from,
          to: p.to,
          numerator: now[d.key]!.numerator,
          denominator: now[d.key]!.denominator,
          value,
          previous,
          change: value !== null && previous !== null ? round1(value - previous) : null,
          entry: null,
          drillDown: provider.drillDown?.(d.key, p) ?? null,
        });
      }
    }
  }
  const entered = await entries(q, actor, townId, year);
  for (const d of ENTERED_INDICATORS) {
    const p = periodOf(d, townId, year, cutOff, day);
    const e = entered.get(`${year}:${d.key}`) ?? null;
    const prev = entered.get(`${year - 1}:${d.key}`)?.value ?? null;
    out.push({
      ...d,
      module: 'entered',
      source: 'entered',
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
    });
  }
  return out;
}
