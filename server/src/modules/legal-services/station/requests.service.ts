import type { RequestContext } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import { maskPhone } from '../../../core/crypto/mask.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { conflict, notFound } from '../../../core/errors.js';
import { mutation } from '../../../core/mutation.js';
import { readWithin } from '../../orgs/orgs.public.js';
import { authorize } from '../../../core/authz/authorize.js';
import { APPOINTMENT_SLOTS } from '../legal-services.vocabulary.js';
import type { LegalAppointmentsTable, LegalQuestionsTable } from '../legal-services.tables.js';
import { assertBookable } from './portal.service.js';
import { issueTicket } from './queue.service.js';
import { displayNameOf, maskName, stationActor } from './station-town.js';
import { buildVisit } from './visits.service.js';
import { townWindows } from './windows.service.js';

// tenancy: reads start from scoped()

const above = (ctx: RequestContext) => ctx.actor!.townId === null;

const presentAppointment = (a: LegalAppointmentsTable, ctx: RequestContext) => ({
  id: a.id,
  windowId: a.windowId,
  onDate: a.onDate,
  slot: a.slot,
  slotLabel: APPOINTMENT_SLOTS[a.slot],
  name: above(ctx) ? maskName(a.name) : a.name,
  phone: maskPhone(a.phone),
  topic: a.topic,
  code: a.code,
  status: a.status,
  ticketId: a.ticketId,
});

/** 预约: the bookings from a day on (today by default), in the caller's scope. */
export async function listAppointments(
  deps: Deps,
  ctx: RequestContext,
  f: { orgId?: string | undefined; from?: string | undefined },
) {
  authorize(ctx, 'legal_services.station.read');
  const within = await readWithin(deps.db.kysely, ctx, f.orgId);
  const rows = await scoped(deps.db.kysely, within.actor!)
    .selectFrom('legalAppointments')
    .selectAll()
    .where('onDate', '>=', f.from ?? today(deps))
    .orderBy('onDate')
    .orderBy('slot')
    .limit(200)
    .execute();
  return { items: rows.map((a) => presentAppointment(a, ctx)) };
}

async function loadAppointment(trx: Q, ctx: RequestContext, id: string) {
  const a = await scoped(trx, ctx.actor!)
    .selectFrom('legalAppointments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!a) throw notFound('该预约不存在或不在您的管辖范围内');
  return a;
}

/** 预约到站: the visitor arrives on the booked day and gets a ticket at the booked window. */
export async function checkInAppointment(deps: Deps, ctx: RequestContext, id: string) {
  stationActor(ctx, 'legal_services.station.handle', 'legal_services.appointment.check_in');
  return mutation(deps, ctx, async (m) => {
    const a = await loadAppointment(m.trx, ctx, id);
    const day = today(deps);
    assertBookable(a, day);
    const ticket = await issueTicket(m, ctx, a.windowId, a.id, day);
    await m.trx
      .updateTable('legalAppointments')
      .set({ status: 'arrived', ticketId: ticket.id, updatedAt: m.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await m.audit({
      action: 'legal_services.appointment.arrived',
      targetType: 'legal_appointment',
      targetId: id,
      orgId: a.orgId,
      meta: { ticket: ticket.label },
    });
    return ticket;
  });
}

export async function cancelAppointment(deps: Deps, ctx: RequestContext, id: string) {
  stationActor(ctx, 'legal_services.station.handle', 'legal_services.appointment.cancel');
  return mutation(deps, ctx, async (m) => {
    const a = await loadAppointment(m.trx, ctx, id);
    if (a.status !== 'booked') throw conflict('该预约已到站或已取消', 'INVALID_STATE');
    await m.trx
      .updateTable('legalAppointments')
      .set({ status: 'cancelled', updatedAt: m.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await m.audit({
      action: 'legal_services.appointment.cancelled',
      targetType: 'legal_appointment',
      targetId: id,
      orgId: a.orgId,
    });
    return presentAppointment({ ...a, status: 'cancelled' }, ctx);
  });
}

const presentQuestion = (r: LegalQuestionsTable, ctx: RequestContext) => ({
  id: r.id,
  code: r.code,
  name: above(ctx) ? maskName(r.name) : r.name,
  phone: maskPhone(r.phone),
  village: r.village,
  question: r.question,
  askedOn: r.askedOn,
  answer: r.answer,
  answeredOn: r.answeredOn,
  answeredBy: r.answeredByName,
});

/** 网上咨询: unanswered first, then the latest answered. */
export async function listQuestions(
  deps: Deps,
  ctx: RequestContext,
  f: { orgId?: string | undefined; answered?: boolean | undefined },
) {
  authorize(ctx, 'legal_services.station.read');
  const within = await readWithin(deps.db.kysely, ctx, f.orgId);
  let base = scoped(deps.db.kysely, within.actor!).selectFrom('legalQuestions').selectAll();
  if (f.answered !== undefined) base = base.where('answeredOn', f.answered ? 'is not' : 'is', null);
  const rows = await base.orderBy('askedOn', 'desc').orderBy('id', 'desc').limit(200).execute();
  return { items: rows.map((r) => presentQuestion(r, ctx)) };
}

/**
 * 答复网上咨询: the answer is shown to whoever holds the code and phone, and the consultation enters the
 * service log (channel 网上咨询) at the town's consultation window, so it counts in the yearly figures.
 */
export async function answerQuestion(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { answer: string },
) {
  const { actor } = stationActor(
    ctx,
    'legal_services.station.handle',
    'legal_services.question.answer',
  );
  const handler = await displayNameOf(deps, actor);
  return mutation(deps, ctx, async (m) => {
    const r = await scoped(m.trx, actor)
      .selectFrom('legalQuestions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!r) throw notFound('该咨询不存在或不在您的管辖范围内');
    if (r.answeredOn) throw conflict('该咨询已答复', 'ALREADY_ANSWERED');
    const window = (await townWindows(m.trx, r.orgId)).find(
      (w) => w.kind === 'consultation' && w.active === 1,
    );
    if (!window) throw conflict('本站尚未设置法律咨询窗口，无法登记咨询', 'NO_CONSULTATION_WINDOW');
    const day = today(deps);
    const patch = {
      answer: input.answer,
      answeredOn: day,
      answeredBy: actor.userId,
      answeredByName: handler,
      updatedAt: m.now.toISOString(),
    };
    await m.trx.updateTable('legalQuestions').set(patch).where('id', '=', id).execute();
    const visit = await buildVisit(
      m,
      ctx,
      {
        windowId: window.id,
        channel: 'online',
        visitorName: r.name,
        visitorPhone: r.phone,
        village: r.village ?? undefined,
        topic: r.question.slice(0, 200),
        summary: input.answer,
        outcome: 'answered',
      },
      day,
      handler,
    );
    await m.trx.insertInto('legalServiceVisits').values(visit).execute();
    await m.audit({
      action: 'legal_services.question.answered',
      targetType: 'legal_question',
      targetId: id,
      orgId: r.orgId,
      meta: { visitId: visit.id },
    });
    return presentQuestion({ ...r, ...patch }, ctx);
  });
}
