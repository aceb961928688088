import { isCalendarDate, PAUSE_REASONS, type DayUnit, type PauseReason } from '@fazhi/shared';
import type { Changes } from '../../core/audit/record.js';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { computeClock } from '../../core/calendar/index.js';
import type { ClocksTable } from '../../core/db/schema-machinery.js';
import { fixedQuery } from '../../core/db/fixed-query.js';
import { badRequest, conflict, forbidden, notFound, ruleViolation } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { MutationScope } from '../../core/mutation.js';
import { closeClockTasks } from '../../core/tasks/tasks.js';
import { loadCalendar } from './calendar-loader.js';
import { clockOwnerOf } from './clock-owners.js';
import { rederiveClock } from './clock-rederive.js';
import { clockInputOf, lockClock, openPauseOf, pauseLabel } from './clock.repository.js';

/**
 * The statutory clock for other modules. Every function runs inside the caller's mutation, so the
 * module's own change and the clock change commit together, and each writes its own audit event.
 * All take (m, ctx, clockId, input) alike; the module has already checked the subject's scope.
 */

interface StartClockInput {
  orgId: string;
  subjectType: string;
  subjectId: string;
  /** What the period is for, e.g. `disclosure.reply`. */
  purpose: string;
  /** Trigger day (day 0), e.g. the day a complete application was received. */
  startDate: string;
  limitDays: number;
  unit: DayUnit;
  /** The article the period comes from, as users see it: 《政府信息公开条例》第三十三条. */
  basis: string;
}

const MAX_PERIOD_DAYS = 3650;

function checkDate(v: string, what: string) {
  if (!isCalendarDate(v)) throw badRequest(`${what}“${v}”不是有效日期（应为 YYYY-MM-DD）`);
}
function checkDays(n: number, what: string) {
  if (!Number.isInteger(n) || n < 1 || n > MAX_PERIOD_DAYS)
    throw badRequest(`${what}应为 1–${MAX_PERIOD_DAYS} 之间的整数`);
}

const insertClock = fixedQuery((q, row: ClocksTable) => q.insertInto('clocks').values(row));

async function clockOrThrow(m: MutationScope, id: string): Promise<ClocksTable> {
  const clock = await lockClock(m.trx, id);
  if (!clock) throw notFound('期限不存在');
  return clock;
}

async function store(
  m: MutationScope,
  clock: ClocksTable,
  patch: Partial<ClocksTable>,
  asOf: string,
) {
  const next = { ...clock, ...patch, updatedAt: m.now.toISOString() };
  await m.trx
    .updateTable('clocks')
    .set({ ...patch, updatedAt: next.updatedAt })
    .where('id', '=', clock.id)
    .execute();
  const computed = await rederiveClock(m.trx, next, await loadCalendar(m.trx), asOf, m.now);
  return {
    clock: {
      ...next,
      dueDate: computed.dueDate,
      provisional: computed.provisional ? (1 as const) : (0 as const),
    },
    computed,
  };
}

const audit = (
  m: MutationScope,
  clock: ClocksTable,
  verb: string,
  extra: { basis?: string | null; changes?: Changes; meta?: Record<string, unknown> },
) =>
  m.audit({
    action: `clock.clock.${verb}`,
    targetType: 'clock',
    targetId: clock.id,
    orgId: clock.orgId,
    basis: extra.basis ?? clock.basis,
    changes: extra.changes ?? null,
    meta: {
      subjectType: clock.subjectType,
      subjectId: clock.subjectId,
      purpose: clock.purpose,
      ...extra.meta,
    },
  });

const dueChange = (before: ClocksTable, after: ClocksTable): Changes =>
  before.dueDate === after.dueDate
    ? {}
    : { dueDate: { before: before.dueDate, after: after.dueDate } };

export async function startClock(m: MutationScope, input: StartClockInput): Promise<ClocksTable> {
  checkDate(input.startDate, '起算日');
  checkDays(input.limitDays, '期限天数');
  if (input.unit !== 'working' && input.unit !== 'calendar')
    throw badRequest('期限单位应为工作日或自然日');
  if (!input.basis.trim()) throw badRequest('请注明期限的法律依据');
  const at = m.now.toISOString();
  const row: ClocksTable = {
    id: newId(),
    orgId: input.orgId,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    purpose: input.purpose,
    startDate: input.startDate,
    limitDays: input.limitDays,
    unit: input.unit,
    basis: input.basis.trim(),
    extensionDays: 0,
    state: 'running',
    dueDate: input.startDate,
    provisional: 0,
    stoppedOn: null,
    createdAt: at,
    updatedAt: at,
  };
  // A new clock has no pauses, extensions or tasks yet: its due date is computed before it is stored.
  const c = computeClock(clockInputOf(row, [], []), await loadCalendar(m.trx), input.startDate);
  const clock = {
    ...row,
    dueDate: c.dueDate,
    provisional: c.provisional ? (1 as const) : (0 as const),
  };
  await insertClock(m.trx, clock);
  await audit(m, clock, 'started', {
    meta: {
      startDate: clock.startDate,
      limitDays: clock.limitDays,
      unit: clock.unit,
      dueDate: clock.dueDate,
      provisional: c.provisional,
      summary: c.summary,
    },
  });
  return clock;
}

export async function pauseClock(
  m: MutationScope,
  ctx: RequestContext,
  clockId: string,
  input: { reason: PauseReason; on: string; note?: string | null; basis?: string | null },
): Promise<ClocksTable> {
  checkDate(input.on, '暂停日期');
  if (!PAUSE_REASONS.includes(input.reason)) throw badRequest(`暂停原因“${input.reason}”无法识别`);
  const before = await clockOrThrow(m, clockId);
  if (before.state === 'stopped') throw ruleViolation('该期限已办结，不能暂停', 'CLOCK_STOPPED');
  if (before.state === 'paused') throw conflict('该期限已处于暂停状态', 'CLOCK_ALREADY_PAUSED');
  if (input.on < before.startDate) throw badRequest(`暂停日期不能早于起算日 ${before.startDate}`);
  const pauseId = newId();
  await m.trx
    .insertInto('clockPauses')
    .values({
      id: pauseId,
      clockId,
      reason: input.reason,
      fromDate: input.on,
      toDate: null,
      note: input.note ?? null,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: m.now.toISOString(),
    })
    .execute();
  const { clock } = await store(m, before, { state: 'paused' }, input.on);
  await audit(m, clock, 'paused', {
    basis: input.basis ?? null,
    changes: { state: { before: before.state, after: 'paused' }, ...dueChange(before, clock) },
    meta: {
      pauseId,
      reason: input.reason,
      reasonLabel: pauseLabel(input.reason),
      fromDate: input.on,
      note: input.note ?? null,
    },
  });
  return clock;
}

export async function resumeClock(
  m: MutationScope,
  _ctx: RequestContext,
  clockId: string,
  input: { on: string; basis?: string | null },
): Promise<ClocksTable> {
  checkDate(input.on, '恢复日期');
  const before = await clockOrThrow(m, clockId);
  const pause = await openPauseOf(m.trx, clockId);
  if (before.state !== 'paused' || !pause)
    throw conflict('该期限未处于暂停状态', 'CLOCK_NOT_PAUSED');
  if (input.on < pause.fromDate) throw badRequest(`恢复日期不能早于暂停日期 ${pause.fromDate}`);
  await m.trx
    .updateTable('clockPauses')
    .set({ toDate: input.on })
    .where('id', '=', pause.id)
    .execute();
  const { clock } = await store(m, before, { state: 'running' }, input.on);
  await audit(m, clock, 'resumed', {
    basis: input.basis ?? null,
    changes: { state: { before: 'paused', after: 'running' }, ...dueChange(before, clock) },
    meta: { pauseId: pause.id, reason: pause.reason, fromDate: pause.fromDate, toDate: input.on },
  });
  return clock;
}

interface ExtendInput {
  days: number;
  reason: string;
  basis: string;
  on: string;
}

/** Adds `days` units to the limit. One way: an extension is never removed (permission clock.extend). */
export async function extendClock(
  m: MutationScope,
  ctx: RequestContext,
  clockId: string,
  input: ExtendInput,
): Promise<ClocksTable> {
  return lengthen(m, authorize(ctx, 'clock.extend').userId, clockId, input);
}

/**
 * A module's own step lengthens a clock it owns (clock-owners.ts) after checking the article's
 * conditions itself (e.g. both parties' consent to a longer mediation): no clock.extend needed, but
 * only for an owned clock and by a named person.
 */
export async function extendOwnedClock(
  m: MutationScope,
  ctx: RequestContext,
  clockId: string,
  input: ExtendInput,
): Promise<ClocksTable> {
  const clock = await clockOrThrow(m, clockId);
  if (!clockOwnerOf(clock.subjectType))
    throw forbidden('该期限不属于办理模块，须由有权人员批准延长');
  return lengthen(m, ctx.actor?.userId ?? null, clockId, input);
}

async function lengthen(
  m: MutationScope,
  userId: string | null,
  clockId: string,
  input: ExtendInput,
): Promise<ClocksTable> {
  if (!userId) throw forbidden('延长期限须由具名人员批准，接口令牌不能延长期限');
  checkDays(input.days, '延长天数');
  if (!input.reason.trim()) throw badRequest('请填写延长理由');
  if (!input.basis.trim()) throw badRequest('请填写延长的法律依据');
  const before = await clockOrThrow(m, clockId);
  if (before.state === 'stopped') throw ruleViolation('该期限已办结，不能延长', 'CLOCK_STOPPED');
  const extensionId = newId();
  await m.trx
    .insertInto('clockExtensions')
    .values({
      id: extensionId,
      clockId,
      days: input.days,
      reason: input.reason.trim(),
      basis: input.basis.trim(),
      approvedBy: userId,
      createdAt: m.now.toISOString(),
    })
    .execute();
  const { clock } = await store(
    m,
    before,
    { extensionDays: before.extensionDays + input.days },
    input.on,
  );
  await audit(m, clock, 'extended', {
    basis: input.basis.trim(),
    changes: {
      extensionDays: { before: before.extensionDays, after: clock.extensionDays },
      ...dueChange(before, clock),
    },
    meta: { extensionId, days: input.days, reason: input.reason.trim() },
  });
  return clock;
}

/** The subject was handled: counting ends on `on` (an open pause ends there too). Stopping twice is a no-op. */
export async function stopClock(
  m: MutationScope,
  _ctx: RequestContext,
  clockId: string,
  input: { on: string },
): Promise<ClocksTable> {
  checkDate(input.on, '办结日期');
  const before = await clockOrThrow(m, clockId);
  if (before.state === 'stopped') return before;
  if (input.on < before.startDate) throw badRequest(`办结日期不能早于起算日 ${before.startDate}`);
  const pause = await openPauseOf(m.trx, clockId);
  if (pause)
    await m.trx
      .updateTable('clockPauses')
      .set({ toDate: input.on < pause.fromDate ? pause.fromDate : input.on })
      .where('id', '=', pause.id)
      .execute();
  const { clock } = await store(m, before, { state: 'stopped', stoppedOn: input.on }, input.on);
  // 我的待办: a task that runs on this clock is done once the period is met.
  const tasksClosed = await closeClockTasks(m, clockId);
  await audit(m, clock, 'stopped', {
    changes: { state: { before: before.state, after: 'stopped' }, ...dueChange(before, clock) },
    meta: {
      stoppedOn: input.on,
      dueDate: clock.dueDate,
      inTime: input.on <= clock.dueDate,
      tasksClosed,
    },
  });
  return clock;
}
