import { addDays } from '../../../core/calendar/index.js';
import type { RequestContext } from '../../../core/authz/actor.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest, conflict, notFound } from '../../../core/errors.js';
import { returnFloodHit, takeFloodHit, type FloodRule } from '../../../core/http/flood-control.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { findOrgByCode } from '../../orgs/orgs.public.js';
import { APPOINTMENT_SLOTS, type AppointmentSlot } from '../legal-services.vocabulary.js';
import type { LegalAppointmentsTable, LegalQuestionsTable } from '../legal-services.tables.js';
import { publicCode } from './public-code.js';
import { presentWindow, townWindows } from './windows.service.js';

// tenancy: the public portal serves the portal town's station only

const BOOKINGS: FloodRule = {
  name: 'legal_services.book.ip',
  limit: 10,
  windowMinutes: 60,
  message: '预约过于频繁，请一小时后再试，或拨打服务站电话预约',
};
const QUESTIONS: FloodRule = {
  name: 'legal_services.ask.ip',
  limit: 10,
  windowMinutes: 60,
  message: '提问过于频繁，请一小时后再试，或到服务站当面咨询',
};
const LOOKUPS: FloodRule = {
  name: 'legal_services.track.ip',
  limit: 20,
  windowMinutes: 60,
  message: '查询失败次数过多，请一小时后再试',
};
/** How far ahead the portal books (the station's own practice). */
const BOOKING_DAYS = 30;
const PUBLIC = (name: string) => ({ userId: null, name: `${name}（网上）` });

async function portalTown(deps: Deps) {
  const town = await findOrgByCode(deps.db.kysely, deps.config.portalTownCode);
  if (!town) throw notFound('本平台尚未开通公共法律服务');
  return town;
}

/** The station's open windows and booking slots, for the portal's forms. */
export async function portalStation(deps: Deps) {
  const town = await portalTown(deps);
  const windows = await townWindows(deps.db.kysely, town.id);
  return {
    town: town.name,
    windows: windows.filter((w) => w.active === 1).map(presentWindow),
    slots: APPOINTMENT_SLOTS,
    bookingDays: BOOKING_DAYS,
  };
}

/** 网上预约: a day and half-day at a window; the code is quoted at the station to take a ticket. */
export async function bookAppointment(
  deps: Deps,
  ctx: RequestContext,
  input: {
    windowId: string;
    onDate: string;
    slot: AppointmentSlot;
    name: string;
    phone: string;
    topic: string;
  },
) {
  const town = await portalTown(deps);
  const day = today(deps);
  if (input.onDate <= day || input.onDate > addDays(day, BOOKING_DAYS))
    throw badRequest(`可预约明天起${BOOKING_DAYS}天内的日期`, { field: 'onDate' });
  const window = (await townWindows(deps.db.kysely, town.id)).find(
    (w) => w.id === input.windowId && w.active === 1,
  );
  if (!window) throw notFound('该窗口不存在或已停用');
  if (ctx.ip) await takeFloodHit(deps.db.kysely, BOOKINGS, ctx.ip, deps.time.now());
  return mutation(deps, ctx, async (m) => {
    const at = m.now.toISOString();
    const row: LegalAppointmentsTable = {
      id: newId(),
      orgId: town.id,
      windowId: window.id,
      onDate: input.onDate,
      slot: input.slot,
      name: input.name,
      phone: input.phone,
      topic: input.topic,
      code: publicCode('YY'),
      status: 'booked',
      ticketId: null,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('legalAppointments').values(row).execute();
    await m.audit({
      action: 'legal_services.appointment.booked',
      targetType: 'legal_appointment',
      targetId: row.id,
      orgId: town.id,
      actorOverride: PUBLIC(input.name.slice(0, 1)),
      meta: { window: window.name, onDate: row.onDate, slot: row.slot },
    });
    return {
      code: row.code,
      onDate: row.onDate,
      slot: APPOINTMENT_SLOTS[row.slot],
      window: window.name,
    };
  });
}

/** 网上咨询: a question the station's staff answer; the code and phone look the answer up. */
export async function askQuestion(
  deps: Deps,
  ctx: RequestContext,
  input: { name: string; phone: string; village?: string | undefined; question: string },
) {
  const town = await portalTown(deps);
  if (ctx.ip) await takeFloodHit(deps.db.kysely, QUESTIONS, ctx.ip, deps.time.now());
  return mutation(deps, ctx, async (m) => {
    const at = m.now.toISOString();
    const row: LegalQuestionsTable = {
      id: newId(),
      orgId: town.id,
      code: publicCode('ZX'),
      name: input.name,
      phone: input.phone,
      village: input.village ?? null,
      question: input.question,
      askedOn: today(deps),
      answer: null,
      answeredOn: null,
      answeredBy: null,
      answeredByName: null,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('legalQuestions').values(row).execute();
    await m.audit({
      action: 'legal_services.question.asked',
      targetType: 'legal_question',
      targetId: row.id,
      orgId: town.id,
      actorOverride: PUBLIC(input.name.slice(0, 1)),
      meta: { askedOn: row.askedOn },
    });
    return { code: row.code, askedOn: row.askedOn };
  });
}

/** The question and its answer, for whoever holds the code and the phone it was asked with. */
export async function trackQuestion(
  deps: Deps,
  ctx: RequestContext,
  input: { code: string; phone: string },
) {
  const q = deps.db.kysely;
  const now = deps.time.now();
  if (ctx.ip) await takeFloodHit(q, LOOKUPS, ctx.ip, now);
  const row = await q
    .selectFrom('legalQuestions')
    .selectAll()
    .where('code', '=', input.code.trim().toUpperCase())
    .executeTakeFirst();
  if (!row || row.phone !== input.phone) throw notFound('查询码或手机号不正确');
  if (ctx.ip) await returnFloodHit(q, LOOKUPS, ctx.ip, now);
  return {
    code: row.code,
    question: row.question,
    askedOn: row.askedOn,
    answer: row.answer,
    answeredOn: row.answeredOn,
    answeredBy: row.answeredByName,
  };
}

/** Whether the booking can still be used (kept for the station's check-in). */
export function assertBookable(a: LegalAppointmentsTable, day: string) {
  if (a.status !== 'booked') throw conflict('该预约已到站或已取消', 'INVALID_STATE');
  if (a.onDate !== day) throw conflict(`该预约日期为 ${a.onDate}，不是今天`, 'NOT_TODAY');
}
