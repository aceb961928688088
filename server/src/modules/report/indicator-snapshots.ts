import { createHash } from 'node:crypto';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { indicatorProviders } from '../../core/indicators/registry.js';
import {
  countFigures,
  type Counted,
  type FigureSource,
  type TownFigures,
} from './indicator-set.js';
import type { TownCutOff } from './indicator-spans.js';

// tenancy: snapshots read through scoped(); chain heads only of the towns the caller already sees

/**
 * The day a year's figures are counted up to (pure): today within the year, its last day after it —
 * so a past year's snapshot does not go stale at midnight.
 */
const asOfDay = (year: number, day: string) => (day < `${year}-12-31` ? day : `${year}-12-31`);

/**
 * The computed indicators' keys and periods: snapshots of another set are not reused. Hashed once, on
 * first use: the registry is complete once the modules are installed.
 */
let hashed: string | undefined;
const figuresVersion = () =>
  (hashed ??= createHash('sha256')
    .update(
      JSON.stringify(indicatorProviders().map((p) => p.definitions.map((d) => [d.key, d.period]))),
    )
    .digest('hex')
    .slice(0, 16));

type Stored = Record<string, Counted>;

/**
 * 指标快照: the towns' computed indicators through snapshots, for the county's view of many towns at
 * once. Every change to a town's records is a mutation that appends to the town's audit chain in the
 * same transaction, so a snapshot counted at the chain's current head — for the same as-of day,
 * cut-off and indicator set — is exactly what counting the records again would give. Towns whose
 * snapshot is missing or stale are counted together (grouped by town, as without snapshots) and
 * stored. The head is read before counting: a write committed in between makes the stored snapshot
 * stale at once, never wrong. A cache: deleting every snapshot changes only the speed.
 */
export const snapshotFigures: FigureSource = async (q, actor, towns, year, day) =>
  (await throughSnapshots(q, actor, towns, year, day)).figures;

/** The same, saying which towns had to be counted (the others came from their snapshots). */
export async function throughSnapshots(
  q: Q,
  actor: Actor,
  towns: readonly TownCutOff[],
  year: number,
  day: string,
): Promise<{ figures: TownFigures; counted: string[] }> {
  const ids = towns.map((t) => t.id);
  if (!ids.length) return { figures: new Map(), counted: [] };
  const asOf = asOfDay(year, day);
  const version = figuresVersion();
  const [heads, stored] = await Promise.all([
    chainHeads(q, ids),
    scoped(q, actor)
      .selectFrom('reportIndicatorSnapshots')
      .select(['orgId', 'asOf', 'cutOffOn', 'chainSeq', 'version', 'figures'])
      .where('orgId', 'in', ids)
      .where('year', '=', year)
      .execute(),
  ]);
  const kept = new Map(stored.map((s) => [s.orgId, s]));
  const out: TownFigures = new Map();
  const stale: TownCutOff[] = [];
  for (const t of towns) {
    const s = kept.get(t.id);
    const current =
      s &&
      Number(s.chainSeq) === heads.get(t.id) &&
      s.asOf === asOf &&
      s.cutOffOn === t.cutOff &&
      s.version === version;
    if (current) out.set(t.id, JSON.parse(s.figures) as Stored);
    else stale.push(t);
  }
  if (stale.length) {
    const fresh = await countFigures(q, actor, stale, year, day);
    await store(q, year, asOf, version, heads, stale, fresh);
    for (const t of stale) out.set(t.id, fresh.get(t.id)!);
  }
  return { figures: new Map(ids.map((id) => [id, out.get(id)!])), counted: stale.map((t) => t.id) };
}

/** The heads of the towns' audit chains (a town with no event yet is at 0). */
async function chainHeads(q: Q, townIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await q
    .selectFrom('auditChainHeads')
    .select(['chainId', 'seq'])
    .where('chainId', 'in', townIds)
    .execute();
  const heads = new Map(townIds.map((id) => [id, 0]));
  for (const r of rows) heads.set(r.chainId, Number(r.seq));
  return heads;
}

/** Keeps the freshly counted towns' snapshots (one statement; the last writer of a town wins). */
async function store(
  q: Q,
  year: number,
  asOf: string,
  version: string,
  heads: Map<string, number>,
  towns: readonly TownCutOff[],
  fresh: TownFigures,
) {
  await q
    .insertInto('reportIndicatorSnapshots')
    .values(
      towns.map((t) => ({
        orgId: t.id,
        year,
        asOf,
        cutOffOn: t.cutOff,
        chainSeq: heads.get(t.id)!,
        version,
        figures: JSON.stringify(fresh.get(t.id)),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['orgId', 'year']).doUpdateSet((eb) => ({
        asOf: eb.ref('excluded.asOf'),
        cutOffOn: eb.ref('excluded.cutOffOn'),
        chainSeq: eb.ref('excluded.chainSeq'),
        version: eb.ref('excluded.version'),
        figures: eb.ref('excluded.figures'),
      })),
    )
    .execute();
}
