import type { Actor, RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation, type MutationScope } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { startAcceptanceClock } from './dispute-clocks.js';
import { DISPUTE_OWNER } from './dispute.step.js';
import type { DisputesTable } from './disputes.tables.js';
import { ART, type Category, type Channel, type PartyRole } from './disputes.vocabulary.js';
import { isPetition } from './petition-periods.js';

// tenancy: the duplicate look-up reads the actor's town through scoped(); the record is the actor's org

export interface NewParty {
  role: PartyRole;
  name: string;
  idNumber?: string | undefined;
  phone?: string | undefined;
  address?: string | undefined;
}

export interface NewDispute {
  channel: Channel;
  channelRef?: string | undefined;
  receivedOn?: string | undefined;
  category: Category;
  title: string;
  facts: string;
  parties: NewParty[];
}

/** 一案一编码: the next code of the town's year, gap-free (the numbering sequence, in the transaction). */
async function disputeCode(m: MutationScope, townId: string, year: number) {
  const { lastValue } = await m.trx
    .insertInto('docNumberSequences')
    .values({ orgId: townId, kind: 'dispute', year, lastValue: 1 })
    .onConflict((oc) =>
      oc
        .columns(['orgId', 'kind', 'year'])
        .doUpdateSet((eb) => ({ lastValue: eb('docNumberSequences.lastValue', '+', 1) })),
    )
    .returning('lastValue')
    .executeTakeFirstOrThrow();
  return `矛调〔${year}〕${String(lastValue).padStart(4, '0')}号`;
}

/** 诉前调解 rests on 先行调解; a 110 referral on the police's referral to mediation. */
const basisOfChannel = (c: Channel) =>
  c === 'court' ? ART.precourt : c === 'police110' ? ART.referral : null;

/** Same parties (names, in any order) and the same kind of matter: likely the same dispute. */
export const dupKeyOf = (category: Category, parties: readonly { name: string }[]) =>
  `${category}|${[...new Set(parties.map((p) => p.name.replace(/\s+/g, '')))].sort().join('、')}`;

/** The earlier dispute of the same parties and matter in the actor's town, if any. */
export const earlierDispute = (q: Q, actor: Actor, dupKey: string) =>
  scoped(q, actor)
    .selectFrom('disputes')
    .select(['id', 'code'])
    .where('townId', '=', actor.townId!)
    .where('dupKey', '=', dupKey)
    .orderBy('receivedOn', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();

/** Checks a new dispute's parties; the message names what is wrong. */
export function partiesProblem(parties: readonly { role: PartyRole }[]): string | null {
  if (!parties.some((p) => p.role === 'applicant')) return '请至少登记一名申请人';
  if (parties.length < 2) return '纠纷须有两方以上当事人';
  return null;
}

/**
 * Writes one registered dispute with its parties, its code and (信访) its 受理告知 clock, and its audit
 * event, inside the caller's mutation: the intake form and the 台账 import both come here.
 */
export async function insertDispute(
  m: MutationScope,
  actor: Actor,
  input: NewDispute & { receivedOn: string },
  earlier: { id: string; code: string } | undefined,
  meta: Record<string, unknown> = {},
) {
  const townId = actor.townId!;
  const id = newId();
  const at = m.now.toISOString();
  const acceptance = isPetition(input.channel)
    ? await startAcceptanceClock(
        m,
        { id, orgId: actor.orgId, title: input.title },
        input.receivedOn,
      )
    : null;
  const row: DisputesTable = {
    id,
    orgId: actor.orgId,
    townId,
    code: await disputeCode(m, townId, Number(input.receivedOn.slice(0, 4))),
    channel: input.channel,
    channelRef: input.channelRef ?? null,
    receivedOn: input.receivedOn,
    category: input.category,
    title: input.title,
    facts: input.facts,
    dupKey: dupKeyOf(input.category, input.parties),
    duplicateOfId: earlier?.id ?? null,
    status: 'registered',
    handlerKind: null,
    handlerName: null,
    mediatorName: null,
    chosenByParties: 0,
    routedOn: null,
    returnReason: null,
    acceptedOn: null,
    limitDays: null,
    extensionDays: 0,
    dueOn: null,
    acceptanceClockId: acceptance?.id ?? null,
    mediationClockId: null,
    confirmationClockId: null,
    concludedOn: null,
    outcome: null,
    outcomeNote: null,
    responsibilities: null,
    performance: null,
    agreementFileId: null,
    agreedOn: null,
    confirmationAppliedOn: null,
    confirmationCourt: null,
    closedOn: null,
    rating: null,
    revisitNote: null,
    createdBy: actor.userId,
    createdAt: at,
    updatedAt: at,
  };
  await m.trx.insertInto('disputes').values(row).execute();
  await m.trx
    .insertInto('disputeParties')
    .values(
      input.parties.map((p, i) => ({
        id: newId(),
        disputeId: id,
        orgId: actor.orgId,
        position: i,
        role: p.role,
        name: p.name,
        idNumber: p.idNumber ?? null,
        phone: p.phone ?? null,
        address: p.address ?? null,
      })),
    )
    .execute();
  await m.audit({
    action: 'disputes.dispute.registered',
    targetType: DISPUTE_OWNER,
    targetId: id,
    orgId: actor.orgId,
    basis: basisOfChannel(input.channel),
    meta: {
      code: row.code,
      channel: input.channel,
      ...(earlier ? { duplicateOf: earlier.code } : {}),
      ...(acceptance ? { acceptanceDue: acceptance.dueDate } : {}),
      ...meta,
    },
  });
  return { id, code: row.code };
}

/**
 * A dispute registered from any channel (受理登记), in the state 已登记, with its one code. An earlier
 * dispute of the same parties and matter in the town is named on the new one as a warning.
 */
export async function createDispute(deps: Deps, ctx: RequestContext, input: NewDispute) {
  const actor = authorize(ctx, 'disputes.intake');
  assertTownStaff(actor, 'disputes.dispute.create');
  const day = today(deps);
  const receivedOn = input.receivedOn ?? day;
  if (receivedOn > day) throw badRequest('受理日期不能晚于今天', { field: 'receivedOn' });
  const problem = partiesProblem(input.parties);
  if (problem) throw badRequest(problem, { field: 'parties' });
  const earlier = await earlierDispute(
    deps.db.kysely,
    actor,
    dupKeyOf(input.category, input.parties),
  );
  return mutation(deps, ctx, (m) => insertDispute(m, actor, { ...input, receivedOn }, earlier));
}
