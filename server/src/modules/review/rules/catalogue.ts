import { CONTRACT_CLAUSE_RULES } from './contract-clause-rules.js';
import { CONTRACT_COLLECTIVE_RULES } from './contract-collective-rules.js';
import { CONTRACT_LAND_RULES } from './contract-land-rules.js';
import { CONTRACT_TENDER_RULES } from './contract-tender-rules.js';
import { CONTRACT_TERM_RULES } from './contract-term-rules.js';
import {
  FAIR_COMPETITION_EXCEPTION_RULE,
  FAIR_COMPETITION_RULES,
} from './fair-competition-rules.js';
import type { ContractFields, FairCompetitionFields, VillageRulesFields } from './fields.js';
import type { PreReviewKind, Rule } from './types.js';
import { VILLAGE_EQUALITY_RULES } from './village-equality.js';
import { VILLAGE_MEMBERSHIP_RULES } from './village-membership.js';
import { VILLAGE_PENALTY_RULES } from './village-penalties.js';
import { VILLAGE_PROCEDURE_RULE } from './village-procedure.js';

/** R1 < R2 < … < R24, C1 < … < C19, F8.1 < … < F12: the order of the domain file. */
const byId = <T extends { id: string }>(rules: readonly T[]): T[] =>
  [...rules].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

/** Every rule, per kind, in catalogue order. */
export const RULE_TABLE: {
  village_rules: readonly Rule<VillageRulesFields>[];
  contract: readonly Rule<ContractFields>[];
  fair_competition: readonly Rule<FairCompetitionFields>[];
} = {
  village_rules: byId([
    ...VILLAGE_PENALTY_RULES,
    ...VILLAGE_EQUALITY_RULES,
    ...VILLAGE_MEMBERSHIP_RULES,
    VILLAGE_PROCEDURE_RULE,
  ]),
  contract: byId([
    ...CONTRACT_TERM_RULES,
    ...CONTRACT_LAND_RULES,
    ...CONTRACT_COLLECTIVE_RULES,
    ...CONTRACT_CLAUSE_RULES,
    ...CONTRACT_TENDER_RULES,
  ]),
  fair_competition: byId([...FAIR_COMPETITION_RULES, FAIR_COMPETITION_EXCEPTION_RULE]),
};

export const KINDS: readonly PreReviewKind[] = ['village_rules', 'contract', 'fair_competition'];
