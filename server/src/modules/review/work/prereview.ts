import type { WorkCalendar } from '../../../core/calendar/index.js';
import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { newId } from '../../../core/ids.js';
import { ENGINE_CONTRACT_KEYS, type ItemFields } from '../review.fields.js';
import type { HitDecision, ItemType } from '../review.enums.js';
import { preReview, type Hit, type PreReviewKind, type PreReviewOptions } from '../rules/engine.js';
import { poolFor } from '../rules/engine-pool.js';

/**
 * 智能预审 of an item's text version: the engine's hits are stored per version for the reviewer to
 * accept or dismiss. Hits are leads for the reviewer, not findings.
 */

/** Which rule sets apply to an item: its own kind, plus fair competition when market entities are affected. */
export function engineKinds(type: ItemType, affectsMarket: boolean): PreReviewKind[] {
  const kinds: PreReviewKind[] = [];
  if (type === 'village_rules') kinds.push('village_rules');
  if (type === 'gov_contract' || type === 'village_contract') kinds.push('contract');
  if (affectsMarket) kinds.push('fair_competition');
  return kinds;
}

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The item's facts under the engine's field names for one rule set. */
export function engineFields(kind: PreReviewKind, f: ItemFields): Record<string, unknown> {
  if (kind === 'village_rules') {
    const v = f.vote;
    if (!v) return {};
    return defined({
      adoptedBy:
        v.body === 'villagers_assembly' || v.body === 'representatives_assembly'
          ? v.body
          : undefined,
      adults: v.entitled,
      attendees: v.present,
      votesFor: v.votesFor,
      households: v.households,
      attendeeHouseholds: v.householdsPresent,
      adoptedOn: v.date,
    });
  }
  if (kind === 'contract') {
    return defined({
      ...Object.fromEntries(ENGINE_CONTRACT_KEYS.map((k) => [k, f[k]])),
      termYears: f.termYears,
      startDate: f.startDate,
      endDate: f.endDate,
      amountYuan: f.amountFen === undefined ? undefined : f.amountFen / 100,
      liquidatedDamagesPercent: f.liquidatedDamagesPercent,
      depositPercent: f.depositPercent,
      isCollectiveAsset: f.collectiveAsset,
      membersEntitled: f.vote?.entitled,
      votesFor: f.vote?.votesFor,
      counterpartyIsMember: f.toNonMember === undefined ? undefined : !f.toNonMember,
    });
  }
  return {};
}

export interface EngineSettings {
  /** 农村产权交易市场 threshold of the town's settings (fen), so the engine and the materials list agree. */
  tradingThresholdFen: number;
  calendar: WorkCalendar;
}

const optionsOf = (s: EngineSettings): PreReviewOptions => ({
  thresholds: { openTradingThresholdYuan: s.tradingThresholdFen / 100 },
  calendar: s.calendar,
});

const byPosition = (hits: Hit[]) =>
  hits.sort(
    (a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId, 'en', { numeric: true }),
  );

/** Runs every applicable rule set on the text, in process (demo data, tests); hits are ordered by position. */
export function runEngine(
  type: ItemType,
  affectsMarket: boolean,
  text: string,
  fields: ItemFields,
  settings: EngineSettings,
): Hit[] {
  const options = optionsOf(settings);
  return byPosition(
    engineKinds(type, affectsMarket).flatMap((kind) =>
      preReview({ kind, text, fields: engineFields(kind, fields) }, options),
    ),
  );
}

/**
 * The same in the engine's worker pool, within its time budget (422 预审超时 beyond it). Requests
 * use this, and never inside a transaction: the engine's run would hold the write lock (issue #8).
 */
export async function runEngineInPool(
  deps: Deps,
  type: ItemType,
  affectsMarket: boolean,
  text: string,
  fields: ItemFields,
  settings: EngineSettings,
): Promise<Hit[]> {
  const options = optionsOf(settings);
  const pool = poolFor(deps.config);
  const found = await Promise.all(
    engineKinds(type, affectsMarket).map((kind) =>
      pool.run({ kind, text, fields: engineFields(kind, fields) }, options),
    ),
  );
  return byPosition(found.flat());
}

interface HitRowInput {
  itemId: string;
  orgId: string;
  version: number;
}

/** Hit rows ready to insert (also used by the batch import, which inserts many at once). */
export const hitRows = (at: HitRowInput, hits: Hit[]) =>
  hits.map((h) => ({
    id: newId(),
    itemId: at.itemId,
    orgId: at.orgId,
    version: at.version,
    ruleId: h.ruleId,
    severity: h.severity,
    title: h.title,
    clause: h.clause,
    startPos: h.start,
    endPos: h.end,
    basis: h.basis,
    suggestion: h.suggestion,
    decision: 'pending' as HitDecision,
    decidedBy: null as string | null,
    decidedAt: null as string | null,
    decisionNote: null as string | null,
    findingId: null as string | null,
  }));

/** Stores the hits found in one version of an item (inside the step's transaction); says how many there were and of which rules. */
export async function storeHits(
  q: Q,
  at: HitRowInput,
  hits: Hit[],
): Promise<{ hits: number; rules: string[] }> {
  await q
    .deleteFrom('reviewHits')
    .where('itemId', '=', at.itemId)
    .where('version', '=', at.version)
    .execute();
  const rows = hitRows(at, hits);
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 50)
    await q
      .insertInto('reviewHits')
      .values(rows.slice(i, i + 50))
      .execute();
  return { hits: hits.length, rules: [...new Set(hits.map((h) => h.ruleId))] };
}
