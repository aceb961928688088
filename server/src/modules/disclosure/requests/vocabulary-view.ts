import { needsReasons, OUTCOME_GROUPS, OUTCOME_KEYS, OUTCOMES } from './outcomes.js';
import { RECEIPT_RULES } from './receipt-date.js';
import { REDACTION_GROUNDS } from './redaction-grounds.js';
import { REQUEST_STATES } from './request.workflow.js';
import {
  APPLICANT_KINDS,
  CHANNEL_KEYS,
  CHANNELS,
  DELIVERIES,
  FEE_METHODS,
  FORMS,
  ID_TYPES,
} from './vocabulary.js';

const options = (o: Record<string, string>) =>
  Object.entries(o).map(([value, label]) => ({ value, label }));

/** Every choice of the forms with its label and, where the law attaches one, its rule. */
export function requestVocabulary() {
  return {
    applicantKinds: options(APPLICANT_KINDS),
    idTypes: options(ID_TYPES),
    channels: CHANNEL_KEYS.map((c) => ({
      value: c,
      label: CHANNELS[c],
      dateField: RECEIPT_RULES[c].field,
      dateLabel: RECEIPT_RULES[c].label,
      rule: RECEIPT_RULES[c].rule,
    })),
    forms: options(FORMS),
    deliveries: options(DELIVERIES),
    feeMethods: options(FEE_METHODS),
    states: options(REQUEST_STATES),
    redactionGrounds: Object.entries(REDACTION_GROUNDS).map(([value, g]) => ({
      value,
      label: g.label,
      basis: g.basis,
    })),
    outcomeGroups: options(OUTCOME_GROUPS),
    outcomes: OUTCOME_KEYS.map((k) => {
      const o = OUTCOMES[k];
      return {
        value: k,
        label: o.label,
        group: o.group,
        row: o.row,
        basis: o.basis,
        reviewFirst: o.reviewFirst,
        systemOnly: 'systemOnly' in o,
        needsReasons: needsReasons(k),
      };
    }),
  };
}
