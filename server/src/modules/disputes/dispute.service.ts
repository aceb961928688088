import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation, type MutationScope } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { DISPUTE_OWNER } from './dispute.step.js';
import type { DisputesTable } from './disputes.tables.js';
import { ART, type Category, type Channel, type PartyRole } from './disputes.vocabulary.js';

// tenancy: the duplicate look-up reads the actor's town through scoped(); the record is the actor's org

interface NewParty {
  role: PartyRole;
  name: string;
  idNumber?: string | undefined;
  phone?: string | undefined;
  address?: string | undefined;
}

interface NewDispute {
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
const dupKeyOf = (category: Category, parties: readonly { name: string }[]) =>
  `${category}|${[...new Set(parties.map((p) => p.name.replace(/\s+/g, '')))].sort().join('、')}`;

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
  if (!input.parties.some((p) => p.role === 'applicant'))
    throw badRequest('请至少登记一名申请人', { field: 'parties' });
  if (input.parties.length < 2) throw badRequest('纠纷须有两方以上当事人', { field: 'parties' });
  const townId = actor.townId!;
  const dupKey = dupKeyOf(input.category, input.parties);
  const earlier = await scoped(deps.db.kysely, actor)
    .selectFrom('disputes')
    .select(['id', 'code'])
    .where('townId', '=', townId)
    .where('dupKey', '=', dupKey)
    .orderBy('receivedOn', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return mutation(deps, ctx, async (m) => {
    const id = newId();
    const at = m.now.toISOString();
    const row: DisputesTable = {
      id,
      orgId: actor.orgId,
      townId,
      code: await disputeCode(m, townId, Number(receivedOn.slice(0, 4))),
      channel: input.channel,
      channelRef: input.channelRef ?? null,
      receivedOn,
      category: input.category,
      title: input.title,
      facts: input.facts,
      dupKey,
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
      },
    });
    return { id };
  });
}
