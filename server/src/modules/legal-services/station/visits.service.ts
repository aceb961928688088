import { sql } from 'kysely';
import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest, conflict, notFound } from '../../../core/errors.js';
import { maskPhone } from '../../../core/crypto/mask.js';
import { offsetOf } from '../../../core/http/paging.js';
import { newId } from '../../../core/ids.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { readWithin } from '../../orgs/orgs.public.js';
import {
  VISIT_CHANNELS,
  VISIT_OUTCOMES,
  WINDOW_KINDS,
  type VisitChannel,
  type VisitOutcome,
  type WindowKind,
} from '../legal-services.vocabulary.js';
import type { LegalServiceVisitsTable } from '../legal-services.tables.js';
import { displayNameOf, maskName, stationActor } from './station-town.js';
import { windowOf } from './windows.service.js';
import { authorize } from '../../../core/authz/authorize.js';

// tenancy: reads start from scoped(); a visit's window and ticket are loaded through scoped()

export interface VisitInput {
  windowId: string;
  servedOn?: string | undefined;
  channel: VisitChannel;
  ticketId?: string | undefined;
  visitorName: string;
  visitorPhone?: string | undefined;
  village?: string | undefined;
  topic: string;
  summary?: string | undefined;
  outcome: VisitOutcome;
  referral?: string | undefined;
}

/** 调解成功 / 调解不成 are outcomes of a mediation window; a referral names where the visitor went. */
function checkOutcome(kind: WindowKind, v: VisitInput) {
  if ((v.outcome === 'resolved' || v.outcome === 'unresolved') && kind !== 'mediation')
    throw badRequest(
      '调解结果只能在人民调解窗口登记',
      { field: 'outcome' },
      'OUTCOME_NOT_FOR_WINDOW',
    );
  if (v.outcome === 'referred' && !v.referral?.trim())
    throw badRequest('转介的，请写明转往何处（如矛调中心、法律援助中心、人民法院）', {
      field: 'referral',
    });
}

/** A visit's row, checked, inside an open transaction; closes its ticket when it came with one. */
export async function buildVisit(
  m: MutationScope,
  ctx: RequestContext,
  v: VisitInput,
  day: string,
  handlerName: string,
) {
  const w = await windowOf(m.trx, ctx, v.windowId);
  checkOutcome(w.kind, v);
  const servedOn = v.servedOn ?? day;
  if (servedOn > day) throw badRequest('服务日期不能晚于今天', { field: 'servedOn' });
  if (v.ticketId) {
    const closed = await scoped(m.trx, ctx.actor!)
      .selectFrom('legalQueueTickets')
      .select('id')
      .where('id', '=', v.ticketId)
      .where('windowId', '=', w.id)
      .where('status', 'in', ['waiting', 'called'])
      .executeTakeFirst();
    if (!closed) throw conflict('该号码不在本窗口等候或已办结', 'TICKET_NOT_OPEN');
    await m.trx
      .updateTable('legalQueueTickets')
      .set({ status: 'served', updatedAt: m.now.toISOString() })
      .where('id', '=', v.ticketId)
      .execute();
  }
  const row: LegalServiceVisitsTable = {
    id: newId(),
    orgId: w.orgId,
    windowId: w.id,
    serviceKind: w.kind,
    servedOn,
    channel: v.channel,
    ticketId: v.ticketId ?? null,
    visitorName: v.visitorName,
    visitorPhone: v.visitorPhone ?? null,
    village: v.village ?? null,
    topic: v.topic,
    summary: v.summary ?? null,
    outcome: v.outcome,
    referral: v.referral?.trim() || null,
    handlerId: ctx.actor!.userId,
    handlerName,
    rating: null,
    ratingComment: null,
    ratedAt: null,
    createdAt: m.now.toISOString(),
  };
  return row;
}

const auditVisit = (m: MutationScope, r: LegalServiceVisitsTable) =>
  m.audit({
    action: 'legal_services.visit.logged',
    targetType: 'legal_service_visit',
    targetId: r.id,
    orgId: r.orgId,
    meta: { kind: r.serviceKind, servedOn: r.servedOn, outcome: r.outcome, referral: r.referral },
  });

/** 服务登记: one visit served at a window (who, what, the outcome, any referral). */
export async function logVisit(deps: Deps, ctx: RequestContext, v: VisitInput) {
  const { actor } = stationActor(ctx, 'legal_services.station.handle', 'legal_services.visit.log');
  const handler = await displayNameOf(deps, actor);
  const row = await mutation(deps, ctx, async (m) => {
    const r = await buildVisit(m, ctx, v, today(deps), handler);
    await m.trx.insertInto('legalServiceVisits').values(r).execute();
    await auditVisit(m, r);
    return r;
  });
  return presentVisit(row, actor);
}

/**
 * 批量补录: visits kept on the paper register, entered at once — one transaction, one event per visit,
 * rows written in batches.
 */
export async function recordVisits(deps: Deps, ctx: RequestContext, visits: VisitInput[]) {
  const { actor } = stationActor(ctx, 'legal_services.station.handle', 'legal_services.visit.log');
  const handler = await displayNameOf(deps, actor);
  const day = today(deps);
  return mutation(deps, ctx, async (m) => {
    const rows: LegalServiceVisitsTable[] = [];
    for (const v of visits) rows.push(await buildVisit(m, ctx, v, day, handler));
    for (let i = 0; i < rows.length; i += 40)
      await m.trx
        .insertInto('legalServiceVisits')
        .values(rows.slice(i, i + 40))
        .execute();
    for (const r of rows) await auditVisit(m, r);
    return { count: rows.length };
  });
}

/** 满意度评价: the visitor's stars (1–5) after the visit, given once. */
export async function rateVisit(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { rating: number; comment?: string | undefined },
) {
  const { actor } = stationActor(ctx, 'legal_services.station.handle', 'legal_services.visit.rate');
  const row = await mutation(deps, ctx, async (m) => {
    const v = await scoped(m.trx, actor)
      .selectFrom('legalServiceVisits')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!v) throw notFound('该服务记录不存在或不在您的管辖范围内');
    if (v.rating !== null) throw conflict('该次服务已评价', 'ALREADY_RATED');
    const at = m.now.toISOString();
    const patch = { rating: input.rating, ratingComment: input.comment ?? null, ratedAt: at };
    await m.trx.updateTable('legalServiceVisits').set(patch).where('id', '=', id).execute();
    await m.audit({
      action: 'legal_services.visit.rated',
      targetType: 'legal_service_visit',
      targetId: id,
      orgId: v.orgId,
      meta: { rating: input.rating },
    });
    return { ...v, ...patch };
  });
  return presentVisit(row, actor);
}

export function presentVisit(r: LegalServiceVisitsTable, actor: Actor) {
  const above = actor.townId === null;
  return {
    id: r.id,
    windowId: r.windowId,
    serviceKind: r.serviceKind,
    serviceKindLabel: WINDOW_KINDS[r.serviceKind],
    servedOn: r.servedOn,
    channel: r.channel,
    channelLabel: VISIT_CHANNELS[r.channel],
    visitorName: above ? maskName(r.visitorName) : r.visitorName,
    visitorPhone: r.visitorPhone ? maskPhone(r.visitorPhone) : null,
    village: r.village,
    topic: r.topic,
    summary: r.summary,
    outcome: r.outcome,
    outcomeLabel: VISIT_OUTCOMES[r.outcome],
    referral: r.referral,
    handlerName: r.handlerName,
    rating: r.rating,
    ratingComment: r.ratingComment,
  };
}

export interface VisitFilter {
  orgId?: string | undefined;
  kind?: WindowKind | undefined;
  outcome?: VisitOutcome | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
}

export function visitQuery(q: Q, actor: Actor, f: VisitFilter) {
  let base = scoped(q, actor).selectFrom('legalServiceVisits').selectAll();
  if (f.kind) base = base.where('serviceKind', '=', f.kind);
  if (f.outcome) base = base.where('outcome', '=', f.outcome);
  if (f.from) base = base.where('servedOn', '>=', f.from);
  if (f.to) base = base.where('servedOn', '<=', f.to);
  if (f.q)
    base = base.where((eb) =>
      eb.or([eb('topic', 'like', `%${f.q}%`), eb('visitorName', 'like', `%${f.q}%`)]),
    );
  return base;
}

/** 服务台账: the log, newest first, within the caller's scope (or the town chosen in the header). */
export async function listVisits(
  deps: Deps,
  ctx: RequestContext,
  f: VisitFilter & { page: number; pageSize: number },
) {
  authorize(ctx, 'legal_services.station.read');
  const within = await readWithin(deps.db.kysely, ctx, f.orgId);
  const actor = within.actor!;
  const base = visitQuery(deps.db.kysely, actor, f);
  const [{ n }, rows] = await Promise.all([
    base
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    base
      .orderBy('servedOn', 'desc')
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset(offsetOf(f))
      .execute(),
  ]);
  return {
    items: rows.map((r) => presentVisit(r, ctx.actor!)),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}
