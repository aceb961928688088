import { can, type Actor, type RequestContext } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import { isPostgres, type Q, type Trx } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import {
  assertTownStaff,
  auditedPath,
  blockedSteps,
  openSteps,
  playableParties,
  runStep,
  type StepWork,
  type WorkflowAdapter,
} from '../../core/workflow/index.js';
import {
  DISPUTE_WORKFLOW,
  type DisputeAction,
  type DisputeFacts,
  type DisputeState,
} from './dispute.workflow.js';
import type { DisputesTable } from './disputes.tables.js';
import { missingElements, type AgreementTerms } from './agreement-letter.js';
import { isPetition } from './petition-periods.js';

export const DISPUTE_OWNER = 'dispute';

type DisputeRecord = DisputesTable & { townPath: string };
type Party = 'centre' | 'mediator';

/** What a step is given beyond its own columns (checked by the guards). */
interface DisputeInput {
  extension?: { days: number; bothConsent: boolean; approvedBy: string | null };
  /** A written agreement's terms: the guard lists the art 29 elements missing. */
  terms?: AgreementTerms;
  routesLeft?: string;
}

const townPathOf = async (q: Q, townId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', townId).executeTakeFirstOrThrow())
    .path;

async function lockDispute(trx: Trx, actor: Actor, id: string): Promise<DisputeRecord> {
  let q = scoped(trx, actor).selectFrom('disputes').selectAll().where('disputes.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as DisputesTable | undefined;
  if (!row) throw notFound('该纠纷不存在或不在您的管辖范围内');
  return { ...row, townPath: await townPathOf(trx, row.townId) };
}

const sessionsOf = async (q: Q, id: string) =>
  Number(
    (
      await q
        // tenancy: child rows of a dispute already loaded through scoped() (lockDispute)
        .selectFrom('disputeSessions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('disputeId', '=', id)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The parties as the agreement names them. */
export const agreementParties = (q: Q, id: string) =>
  q
    // tenancy: child rows of a dispute the caller loaded through scoped()
    .selectFrom('disputeParties')
    .select(['role', 'name', 'idNumber', 'address'])
    .where('disputeId', '=', id)
    .orderBy('position')
    .execute();

const disputeFacts = async (
  q: Q,
  r: DisputesTable,
  day: string,
  input?: DisputeInput,
): Promise<DisputeFacts> => ({
  state: r.status,
  today: day,
  sessions: r.status === 'mediating' ? await sessionsOf(q, r.id) : 0,
  outcome: r.outcome,
  agreedOn: r.agreedOn,
  confirmationAppliedOn: r.confirmationAppliedOn,
  petition: isPetition(r.channel),
  extendedDays: r.extensionDays,
  extension: input?.extension ?? null,
  missingElements: input?.terms
    ? missingElements(r, await agreementParties(q, r.id), input.terms)
    : [],
  routesLeft: input?.routesLeft ?? null,
});

const partiesOf = (actor: Actor) =>
  new Set<Party>([
    ...(can(actor, 'disputes.intake') ? (['centre'] as const) : []),
    ...(can(actor, 'disputes.handle') ? (['mediator'] as const) : []),
  ]);

const disputeAdapter: WorkflowAdapter<
  DisputeRecord,
  DisputeState,
  DisputeAction,
  DisputeFacts,
  Party,
  DisputeInput
> = {
  workflow: DISPUTE_WORKFLOW,
  auditPrefix: 'disputes.dispute',
  targetType: DISPUTE_OWNER,
  load: lockDispute,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: (trx, r, env) => disputeFacts(trx, r, env.today, env.input),
  parties: partiesOf,
  update: async (trx, r, patch, state, at) => {
    await trx
      .updateTable('disputes')
      .set({ ...(patch as Partial<DisputesTable>), status: state, updatedAt: at })
      .where('id', '=', r.id)
      .execute();
  },
  auditMeta: (r) => ({ code: r.code }),
};

/** Staff above the town supervise and never mediate for it: refused before any other check. */
export function disputeStep<V = void>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: DisputeAction,
  work?: StepWork<DisputeRecord, DisputeState, DisputeFacts, V>,
  input?: DisputeInput,
) {
  if (ctx.actor) assertTownStaff(ctx.actor, action);
  return runStep(deps, ctx, disputeAdapter, id, action, work, input ? { input } : {});
}

/** The caller's buttons and refused steps on a dispute (none for staff above the town). */
export async function disputeAbilities(q: Q, actor: Actor, row: DisputesTable, day: string) {
  const facts = await disputeFacts(q, row, day);
  const parties = playableParties(
    DISPUTE_WORKFLOW.parties,
    partiesOf(actor),
    actor,
    await townPathOf(q, row.townId),
  );
  const may = (a: DisputeAction) =>
    can(actor, DISPUTE_WORKFLOW.transitions[a].permission ?? DISPUTE_WORKFLOW.permission);
  return {
    open: [...openSteps(DISPUTE_WORKFLOW, facts, parties, may)],
    blocked: blockedSteps(DISPUTE_WORKFLOW, facts, parties, may),
  };
}

/** 流转记录 from the audit trail, and the steps ahead of the state. */
export const disputePath = (q: Q, id: string, state: DisputeState) =>
  auditedPath(q, disputeAdapter, id, state);
