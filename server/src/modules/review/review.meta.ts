import {
  ADOPTIONS,
  CHANNELS,
  CHECK_RESULTS,
  CONCLUSIONS,
  DECISION_KINDS,
  DIMENSIONS,
  FILING_TARGETS,
  HIT_DECISIONS,
  ITEM_TYPE_KEYS,
  ITEM_TYPES,
  OPINION_CONCLUSIONS,
  STATES,
  TRACKS,
} from './review.enums.js';
import { materialsFor } from './review.materials.js';
import { RULES } from './rules/engine.js';
import { DEFAULT_SETTINGS } from './review.settings.js';
import { VILLAGE_BODIES } from './review.votes.js';

const options = (map: Record<string, string>) =>
  Object.entries(map).map(([value, label]) => ({ value, label }));

/** The vocabulary of the module for the web app: every enumeration with its Chinese label. */
export function reviewMeta() {
  return {
    types: options(ITEM_TYPES),
    states: options(STATES),
    conclusions: options(CONCLUSIONS),
    opinionConclusions: OPINION_CONCLUSIONS.map((value) => ({ value, label: CONCLUSIONS[value] })),
    dimensions: options(DIMENSIONS),
    checkResults: options(CHECK_RESULTS),
    adoptions: options(ADOPTIONS),
    decisionKinds: options(DECISION_KINDS),
    channels: options(CHANNELS),
    tracks: options(TRACKS),
    filingTargets: options(FILING_TARGETS),
    hitDecisions: options(HIT_DECISIONS),
    villageBodies: options(VILLAGE_BODIES),
    // The basic checklist per type; the item's own list also depends on its facts.
    materials: Object.fromEntries(
      ITEM_TYPE_KEYS.map((type) => [
        type,
        materialsFor({
          type,
          fields: {},
          affectsMarket: false,
          tradingThresholdFen: DEFAULT_SETTINGS.tradingThresholdFen,
        }),
      ]),
    ),
    rules: RULES,
  };
}
