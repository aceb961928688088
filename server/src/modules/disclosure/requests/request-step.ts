import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { ruleViolation } from '../../../core/errors.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import type { Outcome } from './outcomes.js';
import { lockRequest } from './request.repository.js';
import type { DisclosureRequestsTable } from './request.tables.js';
import { refusal, type RequestAction, type RequestFacts } from './request.workflow.js';

export interface StepScope {
  m: MutationScope;
  actor: Actor;
  req: DisclosureRequestsTable;
  facts: RequestFacts;
  today: string;
}

/** The stored due date of a clock the application owns. */
export async function clockDue(q: Q, clockId: string | null): Promise<string | null> {
  if (!clockId) return null;
  // tenancy: a clock of an application already loaded within the caller's scope
  const row = await q.selectFrom('clocks').select('dueDate').where('id', '=', clockId).executeTakeFirst();
  return row?.dueDate ?? null;
}

export async function clockStateOf(q: Q, clockId: string | null) {
  if (!clockId) return null;
  // tenancy: a clock of an application already loaded within the caller's scope
  const row = await q.selectFrom('clocks').select('state').where('id', '=', clockId).executeTakeFirst();
  return row?.state ?? null;
}

/** What the workflow guards need, read from the application and its children. */
export async function factsOf(q: Q, req: DisclosureRequestsTable, day: string): Promise<RequestFacts> {
  // tenancy: children of an application already loaded within the caller's scope
  const open = await q.selectFrom('disclosureConsultations').select((eb) => eb.fn.countAll<number>().as('n')).where('requestId', '=', req.id).where('answeredOn', 'is', null).executeTakeFirstOrThrow();
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
  };
}

/**
 * One workflow step on one application: permission, then in one transaction the row locked in scope,
 * the guard of the state machine (422 with the article), and the step itself.
 */
export async function requestStep<T>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  step: { permission: string; action: RequestAction; outcome?: Outcome; days?: number },
  fn: (s: StepScope) => Promise<T>,
): Promise<T> {
  const actor = authorize(ctx, step.permission);
  const day = today(deps);
  return mutation(deps, ctx, async (m) => {
    const req = await lockRequest(m.trx, actor, id);
    const facts = await factsOf(m.trx, req, day);
    const why = refusal(step.action, facts, { ...(step.outcome ? { outcome: step.outcome } : {}), ...(step.days !== undefined ? { days: step.days } : {}) });
    if (why) throw ruleViolation(why, 'DISCLOSURE_STEP_REFUSED', { action: step.action, state: req.state });
    return fn({ m, actor, req, facts, today: day });
  });
}
