import type { RequestContext } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Trx } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { conflict, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { TICKET_STATES } from '../legal-services.vocabulary.js';
import type { LegalQueueTicketsTable } from '../legal-services.tables.js';
import { stationActor, stationTown } from './station-town.js';
import { townWindows, windowOf } from './windows.service.js';

// tenancy: reads start from scoped() or name the town pageTown() checked

/**
 * The next number at a window today: one `INSERT … ON CONFLICT DO UPDATE … RETURNING` on the window's
 * row of the day, so two app servers (or two clerks) never hand out the same number.
 */
async function nextNumber(trx: Trx, orgId: string, windowId: string, day: string) {
  const row = await trx
    .insertInto('legalQueueCounters')
    .values({ windowId, day, orgId, lastNumber: 1 })
    .onConflict((oc) =>
      oc
        .columns(['windowId', 'day'])
        .doUpdateSet((eb) => ({ lastNumber: eb('legalQueueCounters.lastNumber', '+', 1) })),
    )
    .returning('lastNumber')
    .executeTakeFirstOrThrow();
  return Number(row.lastNumber);
}

const presentTicket = (t: LegalQueueTicketsTable) => ({
  id: t.id,
  windowId: t.windowId,
  day: t.day,
  number: t.number,
  label: t.label,
  status: t.status,
  statusLabel: TICKET_STATES[t.status],
  appointmentId: t.appointmentId,
  calledAt: t.calledAt,
  createdAt: t.createdAt,
});

/** Hands out a ticket inside an open transaction (walk-in, or an appointment checking in). */
export async function issueTicket(
  m: MutationScope,
  ctx: RequestContext,
  windowId: string,
  appointmentId: string | null,
  day: string,
) {
  const w = await windowOf(m.trx, ctx, windowId);
  if (w.active !== 1) throw conflict('该窗口已停用，请选择其他窗口', 'WINDOW_CLOSED');
  const number = await nextNumber(m.trx, w.orgId, w.id, day);
  const at = m.now.toISOString();
  const row: LegalQueueTicketsTable = {
    id: newId(),
    orgId: w.orgId,
    windowId: w.id,
    day,
    number,
    label: `${w.code}${String(number).padStart(3, '0')}`,
    status: 'waiting',
    appointmentId,
    calledAt: null,
    createdAt: at,
    updatedAt: at,
  };
  await m.trx.insertInto('legalQueueTickets').values(row).execute();
  await m.audit({
    action: 'legal_services.ticket.issued',
    targetType: 'legal_queue_ticket',
    targetId: row.id,
    orgId: w.orgId,
    meta: { label: row.label, window: w.name, appointmentId },
  });
  return presentTicket(row);
}

/** 取号: a walk-in's ticket at a window. */
export async function takeTicket(deps: Deps, ctx: RequestContext, windowId: string) {
  stationActor(ctx, 'legal_services.station.handle', 'legal_services.ticket.issue');
  return mutation(deps, ctx, (m) => issueTicket(m, ctx, windowId, null, today(deps)));
}

/** 叫号: the window's oldest waiting ticket of the day is called. */
export async function callNext(deps: Deps, ctx: RequestContext, windowId: string) {
  stationActor(ctx, 'legal_services.station.handle', 'legal_services.ticket.call');
  return mutation(deps, ctx, async (m) => {
    const w = await windowOf(m.trx, ctx, windowId);
    const next = await m.trx
      .selectFrom('legalQueueTickets')
      .selectAll()
      .where('windowId', '=', w.id) // tenancy: the window was loaded through scoped()
      .where('day', '=', today(deps))
      .where('status', '=', 'waiting')
      .orderBy('number')
      .executeTakeFirst();
    if (!next) throw conflict('该窗口当前没有等候的号码', 'QUEUE_EMPTY');
    const at = m.now.toISOString();
    // Only a still-waiting ticket is called: a second clerk calling at once gets the next one.
    const done = await m.trx
      .updateTable('legalQueueTickets')
      .set({ status: 'called', calledAt: at, updatedAt: at })
      .where('id', '=', next.id)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw conflict('该号码已被叫，请重试', 'TICKET_TAKEN');
    await m.audit({
      action: 'legal_services.ticket.called',
      targetType: 'legal_queue_ticket',
      targetId: next.id,
      orgId: w.orgId,
      meta: { label: next.label },
    });
    return presentTicket({ ...next, status: 'called', calledAt: at });
  });
}

/** 过号: a called visitor did not come to the window. */
export async function markTicketLeft(deps: Deps, ctx: RequestContext, id: string) {
  stationActor(ctx, 'legal_services.station.handle', 'legal_services.ticket.skip');
  return mutation(deps, ctx, async (m) => {
    const t = await scoped(m.trx, ctx.actor!)
      .selectFrom('legalQueueTickets')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!t) throw notFound('该号码不存在');
    if (t.status !== 'called' && t.status !== 'waiting')
      throw conflict('该号码已办结或已过号', 'INVALID_STATE');
    const at = m.now.toISOString();
    await m.trx
      .updateTable('legalQueueTickets')
      .set({ status: 'left', updatedAt: at })
      .where('id', '=', id)
      .execute();
    await m.audit({
      action: 'legal_services.ticket.skipped',
      targetType: 'legal_queue_ticket',
      targetId: id,
      orgId: t.orgId,
      meta: { label: t.label },
    });
    return presentTicket({ ...t, status: 'left' });
  });
}

/** Today's queue at every window of the town: who waits, who is at the window. */
export async function queueToday(deps: Deps, ctx: RequestContext, orgId?: string) {
  const { town } = await stationTown(deps, ctx, 'legal_services.station.read', orgId);
  const q = deps.db.kysely;
  const day = today(deps);
  const [windows, tickets] = await Promise.all([
    townWindows(q, town.id),
    q
      .selectFrom('legalQueueTickets')
      .selectAll()
      .where('orgId', '=', town.id)
      .where('day', '=', day)
      .orderBy('number')
      .execute(),
  ]);
  return {
    day,
    windows: windows
      .filter((w) => w.active === 1)
      .map((w) => {
        const mine = tickets.filter((t) => t.windowId === w.id);
        return {
          windowId: w.id,
          code: w.code,
          name: w.name,
          waiting: mine.filter((t) => t.status === 'waiting').map(presentTicket),
          current: mine.filter((t) => t.status === 'called').map(presentTicket),
          served: mine.filter((t) => t.status === 'served').length,
        };
      }),
  };
}
