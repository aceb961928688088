import type { Q } from '../../../core/db/database.js';
import { parseFields } from '../review.fields.js';
import { missingMaterials, type MaterialContext } from '../review.materials.js';
import type { ReviewSettings } from '../review.settings.js';
import { filingTargetOf, type ItemFacts } from '../review.workflow.js';
import {
  currentVersion,
  fcrOutcomeOf,
  hasAdviserOpinion,
  materialRows,
  pendingHitCount,
  type LoadedItem,
} from './item.repository.js';

export const materialContext = (item: LoadedItem, settings: ReviewSettings): MaterialContext => ({
  type: item.type,
  fields: parseFields(item.fields),
  affectsMarket: item.affectsMarket === 1,
  tradingThresholdFen: settings.tradingThresholdFen,
});

/** Everything the workflow guards need to know about the item, read in the caller's transaction. */
export async function factsOf(
  q: Q,
  item: LoadedItem,
  settings: ReviewSettings,
): Promise<ItemFacts> {
  const [materials, version, pendingHits, adviser, fcrOutcome] = await Promise.all([
    materialRows(q, item.id),
    currentVersion(q, item.id, item.version),
    pendingHitCount(q, item.id, item.version),
    hasAdviserOpinion(q, item.id),
    fcrOutcomeOf(q, item.fcrId),
  ]);
  const supplied = new Set(materials.map((r) => r.materialKey));
  // The fair-competition conclusion is supplied by linking a concluded record as well as by a file.
  if (fcrOutcome) supplied.add('fcr_conclusion');
  const ctx = materialContext(item, settings);
  return {
    type: item.type,
    state: item.state,
    channel: item.channel,
    conclusion: item.conclusion,
    returnedFrom: item.returnedFrom,
    affectsMarket: item.affectsMarket === 1,
    fcrOutcome,
    missingMaterials: missingMaterials(ctx, supplied, !!version?.text.trim()).map((s) => s.label),
    pendingHits,
    hasAdviserOpinion: adviser,
    filingTarget: filingTargetOf(
      item.type,
      ctx.fields.amountFen,
      settings.majorContractThresholdFen,
    ),
  };
}
