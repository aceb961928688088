import { sql } from 'kysely';
import { can, type Actor, type RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { monthSpan, type DrillDownFilter } from '../../core/http/drill-down.js';
import { scoped } from '../../core/authz/scope.js';
import type { ClockBadge } from '@fazhi/shared';
import { maskIdNumber, maskPhone } from '../../core/crypto/mask.js';
import type { Q } from '../../core/db/database.js';
import { today, type Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { offsetOf } from '../../core/http/paging.js';
import type { WorkCalendar } from '../../core/calendar/index.js';
import { badgeOf, clockBadges, loadCalendar } from '../calendar/calendar.public.js';
import { attachmentsOfDispute } from './dispute-attachments.service.js';
import { disputeAbilities, disputePath } from './dispute.step.js';
import { DISPUTE_STATES, type DisputeState } from './dispute.workflow.js';
import type { DisputePartiesTable, DisputesTable } from './disputes.tables.js';
import {
  CATEGORIES,
  CHANNELS,
  HANDLER_KINDS,
  OUTCOMES,
  PARTY_ROLES,
  SOURCE_OF,
  SOURCES,
  type Category,
  type Channel,
} from './disputes.vocabulary.js';
import { confirmationDue } from './mediation-periods.js';
import { maskName } from '../../core/crypto/mask.js';

// tenancy: every read starts from scoped()

export interface DisputeFilter extends DrillDownFilter {
  status?: DisputeState | undefined;
  channel?: Channel | undefined;
  category?: Category | undefined;
  year?: number | undefined;
  q?: string | undefined;
}

export function disputeQuery(q: Q, actor: Actor, f: DisputeFilter) {
  let base = scoped(q, actor).selectFrom('disputes').selectAll('disputes');
  if (f.status) base = base.where('disputes.status', '=', f.status);
  if (f.channel) base = base.where('disputes.channel', '=', f.channel);
  if (f.category) base = base.where('disputes.category', '=', f.category);
  if (f.year)
    base = base
      .where('disputes.receivedOn', '>=', `${f.year}-01-01`)
      .where('disputes.receivedOn', '<=', `${f.year}-12-31`);
  if (f.month) {
    const { from, before } = monthSpan(f.month);
    base = base.where('disputes.receivedOn', '>=', from).where('disputes.receivedOn', '<', before);
  }
  if (f.townId) base = base.where('disputes.townId', '=', f.townId);
  if (f.q) {
    const like = `%${f.q}%`;
    base = base.where((eb) =>
      eb.or([
        eb('disputes.code', 'like', like),
        eb('disputes.title', 'like', like),
        eb.exists(
          eb
            .selectFrom('disputeParties')
            .select('disputeParties.id')
            .whereRef('disputeParties.disputeId', '=', 'disputes.id')
            .where('disputeParties.name', 'like', like),
        ),
      ]),
    );
  }
  return base;
}

/** The dispute's clock rows (信访 受理告知, mediation or handling, 司法确认), for a page of disputes. */
const clockIdsOf = (r: DisputesTable) => [
  r.acceptanceClockId,
  r.mediationClockId,
  r.confirmationClockId,
];

async function badgesOf(q: Q, rows: readonly DisputesTable[], day: string) {
  const cal = await loadCalendar(q);
  return { cal, badges: await clockBadges(q, cal, day, rows.flatMap(clockIdsOf)) };
}

export function presentDispute(
  r: DisputesTable,
  badges: Map<string, ClockBadge>,
  cal: WorkCalendar,
) {
  const source = SOURCE_OF[r.channel] ?? null;
  return {
    id: r.id,
    code: r.code,
    channel: r.channel,
    channelLabel: CHANNELS[r.channel],
    source,
    sourceLabel: source ? SOURCES[source] : null,
    channelRef: r.channelRef,
    receivedOn: r.receivedOn,
    category: r.category,
    categoryLabel: CATEGORIES[r.category],
    title: r.title,
    facts: r.facts,
    status: r.status,
    statusLabel: DISPUTE_STATES[r.status],
    handlerKind: r.handlerKind,
    handlerKindLabel: r.handlerKind ? HANDLER_KINDS[r.handlerKind] : null,
    handlerName: r.handlerName,
    mediatorName: r.mediatorName,
    chosenByParties: r.chosenByParties === 1,
    routedOn: r.routedOn,
    returnReason: r.returnReason,
    acceptedOn: r.acceptedOn,
    dueOn: r.dueOn,
    extensionDays: r.extensionDays,
    concludedOn: r.concludedOn,
    onTime: r.concludedOn && r.dueOn ? r.concludedOn <= r.dueOn : null,
    outcome: r.outcome,
    outcomeLabel: r.outcome ? OUTCOMES[r.outcome] : null,
    outcomeNote: r.outcomeNote,
    responsibilities: r.responsibilities,
    performance: r.performance,
    agreementFileId: r.agreementFileId,
    agreedOn: r.agreedOn,
    confirmationDue:
      r.outcome === 'written' && r.agreedOn ? confirmationDue(cal, r.agreedOn) : null,
    confirmationAppliedOn: r.confirmationAppliedOn,
    confirmationCourt: r.confirmationCourt,
    closedOn: r.closedOn,
    rating: r.rating,
    revisitNote: r.revisitNote,
    clocks: clockIdsOf(r)
      .map((id) => badgeOf(badges, id))
      .filter((b): b is ClockBadge => b !== null),
  };
}

/** Names masked above the town; ID number and phone in full only to roles that need them. */
function presentParty(p: DisputePartiesTable, actor: Actor) {
  const above = actor.townId === null;
  const full = !above && can(actor, 'disputes.pii.read');
  return {
    role: p.role,
    roleLabel: PARTY_ROLES[p.role],
    name: above ? maskName(p.name) : p.name,
    idNumber: p.idNumber ? (full ? p.idNumber : maskIdNumber(p.idNumber)) : null,
    phone: p.phone ? (full ? p.phone : maskPhone(p.phone)) : null,
    address: above ? null : p.address,
  };
}

export async function listDisputes(
  deps: Deps,
  ctx: RequestContext,
  f: DisputeFilter & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'disputes.read');
  const q = deps.db.kysely;
  const base = disputeQuery(q, actor, f);
  const [{ n }, rows] = await Promise.all([
    base
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    base
      .orderBy('disputes.receivedOn', 'desc')
      .orderBy('disputes.id', 'desc')
      .limit(f.pageSize)
      .offset(offsetOf(f))
      .execute(),
  ]);
  const { cal, badges } = await badgesOf(q, rows, today(deps));
  const parties = rows.length
    ? await q
        .selectFrom('disputeParties')
        .selectAll()
        .where(
          'disputeId',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('position')
        .execute()
    : [];
  return {
    items: rows.map((r) => ({
      ...presentDispute(r, badges, cal),
      parties: parties.filter((p) => p.disputeId === r.id).map((p) => presentParty(p, actor)),
    })),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** Above the town: that a party signed, not the signature itself (个人信息保护). */
const maskAttachments = (a: Awaited<ReturnType<typeof attachmentsOfDispute>>) => ({
  signatures: a.signatures.map((x) => ({ ...x, signer: maskName(x.signer), fileId: null })),
  photos: a.photos,
});

export async function getDispute(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'disputes.read');
  const q = deps.db.kysely;
  const row = await scoped(q, actor)
    .selectFrom('disputes')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('该纠纷不存在或不在您的管辖范围内');
  const day = today(deps);
  const [parties, sessions, earlier, ab, clocks] = await Promise.all([
    q
      .selectFrom('disputeParties')
      .selectAll()
      .where('disputeId', '=', id)
      .orderBy('position')
      .execute(),
    q
      .selectFrom('disputeSessions')
      .select(['id', 'heldOn', 'place', 'attendees', 'summary'])
      .where('disputeId', '=', id)
      .orderBy('heldOn')
      .orderBy('createdAt')
      .execute(),
    row.duplicateOfId
      ? q
          .selectFrom('disputes')
          .select(['id', 'code', 'status'])
          .where('id', '=', row.duplicateOfId)
          .executeTakeFirst()
      : Promise.resolve(undefined),
    disputeAbilities(q, actor, row, day),
    badgesOf(q, [row], day),
  ]);
  const above = actor.townId === null;
  const attachments = await attachmentsOfDispute(q, row);
  return {
    ...presentDispute(row, clocks.badges, clocks.cal),
    parties: parties.map((p) => presentParty(p, actor)),
    sessions: sessions.map((x) => (above ? { ...x, attendees: '（已脱敏）' } : x)),
    duplicateOf: earlier ? { id: earlier.id, code: earlier.code } : null,
    ...(above ? maskAttachments(attachments) : attachments),
    abilities: ab.open,
    blocked: ab.blocked,
    ...(await disputePath(q, row.id, row.status)),
  };
}
