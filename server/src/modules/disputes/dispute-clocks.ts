import type { RequestContext } from '../../core/authz/actor.js';
import type { MutationScope } from '../../core/mutation.js';
import { createTask } from '../../core/tasks/tasks.js';
import { extendOwnedClock, startClock, stopClock } from '../calendar/calendar.public.js';
import { CONFIRMATION_PERIOD, mediationPeriod } from './mediation-periods.js';
import { PETITION_ACCEPTANCE } from './petition-periods.js';
import { DISPUTE_OWNER } from './dispute.step.js';
import type { DisputesTable } from './disputes.tables.js';

/**
 * A dispute's clocks, kept as the calendar's clock rows owned by this module (clock-owners.ts: only
 * the dispute's own 延长 step lengthens them): 信访 受理告知, the mediation (信访: handling) period and
 * the 司法确认 window. Every function runs inside the step's mutation.
 */

type Row = Pick<DisputesTable, 'id' | 'orgId' | 'title'>;

const start = (
  m: MutationScope,
  r: Pick<Row, 'id' | 'orgId'>,
  p: { days: number; basis: string; purpose: string },
  from: string,
) =>
  startClock(m, {
    orgId: r.orgId,
    subjectType: DISPUTE_OWNER,
    subjectId: r.id,
    purpose: p.purpose,
    startDate: from,
    limitDays: p.days,
    unit: 'calendar',
    basis: p.basis,
  });

/**
 * Starts a period the town must meet and puts it in the town's 调解员' 我的待办 until its clock stops
 * (the dispute records its mediator by name only, so the task goes to the role).
 */
async function startDuty(
  m: MutationScope,
  r: Row,
  p: { days: number; basis: string; purpose: string },
  from: string,
  kind: 'acceptance' | 'mediation',
) {
  const clock = await start(m, r, p, from);
  await createTask(m, {
    orgId: r.orgId,
    module: 'disputes',
    kind: `disputes.${kind}`,
    subjectType: DISPUTE_OWNER,
    subjectId: r.id,
    title: `${p.purpose}：${r.title}`,
    assigneeRole: 'mediator',
    clockId: clock.id,
    link: `/disputes/${r.id}`,
  });
  return clock;
}

/** 信访: the 15-day 受理告知 clock from the day received (信访工作条例 第二十三条第二款); 受理 stops it. */
export const startAcceptanceClock = (m: MutationScope, r: Row, receivedOn: string) =>
  startDuty(m, r, PETITION_ACCEPTANCE, receivedOn, 'acceptance');

/** 受理: the mediation (or 信访 handling) period runs from acceptance until the mediation ends. */
export const startMediationClock = (
  m: MutationScope,
  r: Row & Pick<DisputesTable, 'channel'>,
  on: string,
) => startDuty(m, r, mediationPeriod(r.channel), on, 'mediation');

/**
 * A written agreement: the 30-day window to apply for 司法确认 (人民调解法 第三十三条). It is the parties'
 * right, not the town's duty, and most windows lapse unused with no step to close them, so it stays
 * out of 我的待办.
 */
export const startConfirmationClock = (
  m: MutationScope,
  r: Pick<Row, 'id' | 'orgId'>,
  agreedOn: string,
) => start(m, r, CONFIRMATION_PERIOD, agreedOn);

/** Stops whichever of the given clocks exist (stopping a stopped clock is a no-op). */
export async function stopClocks(
  m: MutationScope,
  ctx: RequestContext,
  on: string,
  ...ids: (string | null)[]
) {
  for (const id of ids) if (id) await stopClock(m, ctx, id, { on });
}

/** The dispute's own 延长 step lengthens its mediation (handling) clock; returns the new due date. */
export async function extendMediationClock(
  m: MutationScope,
  ctx: RequestContext,
  clockId: string,
  input: { days: number; reason: string; basis: string; on: string },
) {
  return (await extendOwnedClock(m, ctx, clockId, input)).dueDate;
}
