import { sql } from 'kysely';
import { can, type Actor } from '../../core/authz/actor.js';
import type { Q } from '../../core/db/database.js';
import { townRecordWorkflow } from '../../core/workflow/index.js';
import { commentPeriodDays } from './comment-period.js';
import { legalityReviewOf } from '../review/review.public.js';
import {
  DECISION_WORKFLOW,
  type DecisionAction,
  type DecisionFacts,
  type DecisionState,
} from './decision.workflow.js';
import type { DecisionsTable } from './decisions.tables.js';
import type { Material } from './decisions.vocabulary.js';
import { procedureFacts } from './procedures.facts.js';

export const DECISION_OWNER = 'major_decision';

type Party = 'office' | 'leader';

/** What a step is given beyond the record. */
interface DecisionStepInput {
  commentDays?: number;
  shortPeriodReason?: string | undefined;
  riskRequired?: boolean;
  fcrNoncompliant?: boolean;
  materials?: readonly Material[];
  headSpokeLast?: boolean;
  departsFromMajority?: boolean;
  departureReason?: string | undefined;
  changeReason?: string;
}

/** Shown comments without an answer, and comments still waiting for moderation. */
async function unanswered(q: Q, decisionId: string): Promise<number> {
  // tenancy: child rows of a decision already loaded through scoped()
  const { n } = await q
    .selectFrom('decisionComments')
    .select(sql<number>`count(*)`.as('n'))
    .where('decisionId', '=', decisionId)
    .where((eb) =>
      eb.or([
        eb('moderation', '=', 'pending'),
        eb.and([eb('moderation', '=', 'shown'), eb('adoption', 'is', null)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(n);
}

async function decisionFacts(
  q: Q,
  r: DecisionsTable,
  today: string,
  input?: DecisionStepInput,
): Promise<DecisionFacts> {
  const review = r.reviewItemId ? await legalityReviewOf(q, r.reviewItemId) : null;
  const held = r.commentOpensOn !== null && r.commentClosesOn !== null;
  const procedures = await procedureFacts(q, r);
  return {
    ...procedures,
    state: r.state,
    affectsMarket: r.affectsMarket === 1,
    participationDone: r.participationWithheld === 1 || r.commentClosedOn !== null,
    commentDays:
      input?.commentDays ??
      (held ? commentPeriodDays(r.commentOpensOn!, r.commentClosesOn!) : null),
    shortPeriodReason: input?.shortPeriodReason?.trim() || r.shortPeriodReason,
    commentPeriodOver: r.commentClosesOn !== null && today > r.commentClosesOn,
    unansweredComments: r.state === 'participation' ? await unanswered(q, r.id) : 0,
    riskRequired: input?.riskRequired ?? r.riskRequired === 1,
    riskLevel: procedures.riskReportLevel ?? r.riskLevel,
    fairCompetitionNoncompliant: input?.fcrNoncompliant ?? r.fcrConclusion === 'noncompliant',
    legalityOpinion: review?.passed ?? false,
    legalityLinked: review !== null,
    materials: input?.materials ?? null,
    headSpokeLast: input?.headSpokeLast ?? null,
    departsFromMajority: input?.departsFromMajority ?? null,
    departureReason: input?.departureReason?.trim() || null,
    changeReason: input?.changeReason ?? null,
  };
}

const partiesOf = (actor: Actor) => {
  const p = new Set<Party>();
  if (can(actor, 'decisions.handle')) p.add('office');
  if (can(actor, 'decisions.decide')) p.add('leader');
  return p;
};

const decisions = townRecordWorkflow<
  DecisionsTable,
  DecisionState,
  DecisionAction,
  DecisionFacts,
  Party,
  DecisionStepInput
>({
  table: 'decisions',
  stateColumn: 'state',
  workflow: DECISION_WORKFLOW,
  auditPrefix: 'decisions.decision',
  targetType: DECISION_OWNER,
  notFoundMessage: '该决策事项不存在或不在您的管辖范围内',
  facts: decisionFacts,
  parties: partiesOf,
  auditMeta: (r) => ({ title: r.title }),
});

export const decisionStep = decisions.step;

/** The caller's buttons and refused steps on a decision (none for staff above the town). */
export const decisionAbilities = decisions.abilities;

/** 决策过程记录 from the audit trail, and the steps ahead of the state. */
export const decisionPath = decisions.path;
