import { can, type Actor } from '../../core/authz/actor.js';
import type { Q } from '../../core/db/database.js';
import { townRecordWorkflow } from '../../core/workflow/index.js';
import {
  DISPUTE_WORKFLOW,
  type DisputeAction,
  type DisputeFacts,
  type DisputeState,
} from './dispute.workflow.js';
import type { DisputesTable } from './disputes.tables.js';
import { missingElements, type AgreementTerms } from './agreement-letter.js';
import { isPetition } from './petition-periods.js';
import { loadCalendar } from '../calendar/calendar.public.js';
import { confirmationDue } from './mediation-periods.js';

export const DISPUTE_OWNER = 'dispute';

type Party = 'centre' | 'mediator';

/** What a step is given beyond its own columns (checked by the guards). */
interface DisputeInput {
  extension?: { days: number; bothConsent: boolean; approvedBy: string | null };
  /** A written agreement's terms: the guard lists the art 29 elements missing. */
  terms?: AgreementTerms;
  routesLeft?: string;
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
  confirmationDue:
    r.outcome === 'written' && r.agreedOn
      ? confirmationDue(await loadCalendar(q), r.agreedOn)
      : null,
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

const disputes = townRecordWorkflow<
  DisputesTable,
  DisputeState,
  DisputeAction,
  DisputeFacts,
  Party,
  DisputeInput
>({
  table: 'disputes',
  workflow: DISPUTE_WORKFLOW,
  auditPrefix: 'disputes.dispute',
  targetType: DISPUTE_OWNER,
  notFoundMessage: '该纠纷不存在或不在您的管辖范围内',
  facts: disputeFacts,
  parties: partiesOf,
  auditMeta: (r) => ({ code: r.code }),
  // Staff above the town supervise and never mediate for it: refused before any other check.
  townStaffOnly: true,
});

export const disputeStep = disputes.step;
export const disputeAbilities = disputes.abilities;
export const disputePath = disputes.path;
