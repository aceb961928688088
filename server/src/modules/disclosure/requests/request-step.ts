import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import { can } from '../../../core/authz/actor.js';
import type { Q, Trx } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import type { MutationScope } from '../../../core/mutation.js';
import { clockStatus } from '../../calendar/calendar.public.js';
import {
  runStep,
  takeStep,
  type StepResult,
  type WorkflowAdapter,
  auditedPath,
} from '../../../core/workflow/index.js';
import type { Outcome } from './outcomes.js';
import { lockRequest, SUBJECT_TYPE, updateRequest } from './request.repository.js';
import type { DisclosureRequestsTable } from './request.tables.js';
import {
  REQUEST_WORKFLOW,
  type RequestAction,
  type RequestFacts,
  type RequestParty,
  type RequestState,
} from './request.workflow.js';

/** An application with the path of its town (staff above the town only supervise it). */
export type RequestRecord = DisclosureRequestsTable & { townPath: string };

/** What a step is asked with: the reply's outcome, the extension's days. */
interface StepInput {
  outcome?: Outcome | undefined;
  days?: number | undefined;
}

export interface StepScope {
  m: MutationScope;
  actor: Actor | null;
  req: RequestRecord;
  facts: RequestFacts;
  /** The state the step leads to. */
  to: RequestState;
  today: string;
}

/** The stored due date of a clock the application owns. */
export async function clockDue(q: Q, clockId: string | null): Promise<string | null> {
  return (await clockStatus(q, clockId))?.dueDate ?? null;
}

export async function clockStateOf(q: Q, clockId: string | null) {
  return (await clockStatus(q, clockId))?.state ?? null;
}

/** What the workflow guards need, read from the application and its children. */
export async function factsOf(
  q: Q,
  req: DisclosureRequestsTable,
  day: string,
  input: StepInput = {},
): Promise<RequestFacts> {
  // tenancy: children of an application already loaded within the caller's scope
  const open = await q
    .selectFrom('disclosureConsultations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('requestId', '=', req.id)
    .where('answeredOn', 'is', null)
    .executeTakeFirstOrThrow();
  const released = await q
    // tenancy: children of an application already loaded within the caller's scope
    .selectFrom('disclosureRequestDocuments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('requestId', '=', req.id)
    .where('kind', '=', 'released_copy')
    .executeTakeFirstOrThrow();
  return {
    state: req.state,
    today: day,
    correctionRequested: !!req.correctionRequestedOn,
    correctionReceived: !!req.correctedOn,
    correctionNoticeDue: await clockDue(q, req.correctionNoticeClockId),
    correctionDue: req.correctionDueOn,
    feeDue: req.feeDueOn,
    replyDue: await clockDue(q, req.replyClockId),
    extended: req.extensionDays > 0,
    explanationRequested: !!req.explanationRequestedOn,
    openConsultations: Number(open.n),
    releasedCopies: Number(released.n),
    outcome: input.outcome,
    days: input.days,
  };
}

/** Adds the town's path to an application already loaded (its org is the town). */
async function withTownPath(q: Q, req: DisclosureRequestsTable): Promise<RequestRecord> {
  const org = await q
    .selectFrom('orgs')
    .select('path')
    .where('id', '=', req.orgId)
    .executeTakeFirstOrThrow();
  return { ...req, townPath: org.path };
}

/** The parts a member of staff plays, by permission; the kernel keeps staff above the town out of them. */
export function requestPartiesOf(actor: Actor): Set<RequestParty> {
  const parties = new Set<RequestParty>();
  if (can(actor, 'disclosure.request.register')) parties.add('registrar');
  if (can(actor, 'disclosure.request.handle')) parties.add('handler');
  if (can(actor, 'disclosure.request.extend')) parties.add('head');
  return parties;
}

/** Applications on the workflow kernel. No 流转记录 table of their own: the audit trail records each step. */
const requestAdapter: WorkflowAdapter<
  RequestRecord,
  RequestState,
  RequestAction,
  RequestFacts,
  RequestParty,
  StepInput
> = {
  workflow: REQUEST_WORKFLOW,
  auditPrefix: 'disclosure.request',
  targetType: SUBJECT_TYPE,
  load: async (trx: Trx, actor: Actor, id: string) =>
    withTownPath(trx, await lockRequest(trx, actor, id)),
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: (trx, r, env) => factsOf(trx, r, env.today, env.input),
  parties: (actor) => requestPartiesOf(actor),
  update: (trx, r, patch, state, at) =>
    updateRequest(
      trx,
      r.id,
      { ...(patch as Partial<DisclosureRequestsTable>), state },
      new Date(at),
    ),
};

/** The steps an application has taken and those ahead (its 流转记录 is the audit trail). */
export const requestPath = (q: Q, id: string, state: RequestState) =>
  auditedPath(q, requestAdapter, id, state);

type RequestStepWork<T> = (s: StepScope) => Promise<StepResult<T> | void>;

const scopeOf = (s: {
  m: MutationScope;
  actor: Actor | null;
  record: RequestRecord;
  facts: RequestFacts;
  to: RequestState;
  today: string;
}): StepScope => ({
  m: s.m,
  actor: s.actor,
  req: s.record,
  facts: s.facts,
  to: s.to,
  today: s.today,
});

/**
 * One workflow step on one application through the kernel's runner: permission, the row locked in
 * scope, the party (never staff above the town), the guards (409 / 422 with the article), the step's
 * own work, the new state and its audit event — one transaction.
 */
export async function requestStep<T>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: RequestAction,
  work: RequestStepWork<T>,
  input: StepInput = {},
): Promise<T> {
  return runStep(deps, ctx, requestAdapter, id, action, (s) => work(scopeOf(s)), { input });
}

/** The applicant's own step on the tracking page, after proving the tracking code and phone. */
export async function publicRequestStep<T>(
  m: MutationScope,
  ctx: RequestContext,
  deps: Pick<Deps, 'time' | 'config'>,
  req: DisclosureRequestsTable,
  action: RequestAction,
  work: RequestStepWork<T>,
): Promise<T> {
  return takeStep(
    m,
    ctx,
    deps,
    requestAdapter,
    await withTownPath(m.trx, req),
    action,
    (s) => work(scopeOf(s)),
    { public: true },
  );
}
