import { sql } from 'kysely';
import { can, type Actor, type RequestContext } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import { isPostgres, type Q, type Trx } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import {
  auditedPath,
  blockedSteps,
  openSteps,
  playableParties,
  runStep,
  type StepWork,
  type WorkflowAdapter,
} from '../../core/workflow/index.js';
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

export const DECISION_OWNER = 'major_decision';

type DecisionRecord = DecisionsTable & { townPath: string };
type Party = 'office' | 'leader';

/** What a step is given beyond the record. */
interface DecisionStepInput {
  commentDays?: number;
  shortPeriodReason?: string | undefined;
  riskLevel?: DecisionFacts['riskLevel'];
  riskRequired?: boolean;
  fcrNoncompliant?: boolean;
  materials?: readonly Material[];
  headSpokeLast?: boolean;
  departsFromMajority?: boolean;
  departureReason?: string | undefined;
  changeReason?: string;
}

const townPathOf = async (q: Q, townId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', townId).executeTakeFirstOrThrow())
    .path;

async function lockDecision(trx: Trx, actor: Actor, id: string): Promise<DecisionRecord> {
  let q = scoped(trx, actor).selectFrom('decisions').selectAll().where('decisions.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as DecisionsTable | undefined;
  if (!row) throw notFound('该决策事项不存在或不在您的管辖范围内');
  return { ...row, townPath: await townPathOf(trx, row.orgId) };
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
  return {
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
    riskLevel: input?.riskLevel ?? r.riskLevel,
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

const decisionAdapter: WorkflowAdapter<
  DecisionRecord,
  DecisionState,
  DecisionAction,
  DecisionFacts,
  Party,
  DecisionStepInput
> = {
  workflow: DECISION_WORKFLOW,
  auditPrefix: 'decisions.decision',
  targetType: DECISION_OWNER,
  load: lockDecision,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: async (trx, r, env) => decisionFacts(trx, r, env.today, env.input),
  parties: partiesOf,
  update: async (trx, r, patch, state, at) => {
    await trx
      .updateTable('decisions')
      .set({ ...(patch as Partial<DecisionsTable>), state, updatedAt: at })
      .where('id', '=', r.id)
      .execute();
  },
  auditMeta: (r) => ({ title: r.title }),
};

export const decisionStep = <V = void>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: DecisionAction,
  work?: StepWork<DecisionRecord, DecisionState, DecisionFacts, V>,
  input?: DecisionStepInput,
) => runStep(deps, ctx, decisionAdapter, id, action, work, input ? { input } : {});

/** The caller's buttons and refused steps on a decision (none for staff above the town). */
export async function decisionAbilities(q: Q, actor: Actor, row: DecisionsTable, today: string) {
  const facts = await decisionFacts(q, row, today);
  const parties = playableParties(
    DECISION_WORKFLOW.parties,
    partiesOf(actor),
    actor,
    await townPathOf(q, row.orgId),
  );
  const may = (a: DecisionAction) =>
    can(actor, DECISION_WORKFLOW.transitions[a].permission ?? DECISION_WORKFLOW.permission);
  return {
    open: [...openSteps(DECISION_WORKFLOW, facts, parties, may)],
    blocked: blockedSteps(DECISION_WORKFLOW, facts, parties, may),
  };
}

/** 决策过程记录 from the audit trail, and the steps ahead of the state. */
export const decisionPath = (q: Q, id: string, state: DecisionState) =>
  auditedPath(q, decisionAdapter, id, state);
