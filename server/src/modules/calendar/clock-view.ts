import type { ClockView, PauseReason } from '@fazhi/shared';
import { can, type RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { computeClock } from '../../core/calendar/index.js';
import { today, type Deps } from '../../core/deps.js';
import { loadCalendar } from './calendar-loader.js';
import { explainedOf } from './clock-explained.js';
import { clockOwnerOf } from './clock-owners.js';
import { clockInputOf, extensionsOf, pauseLabel, pausesOf } from './clock.repository.js';

/** A clock with its explanation, for staff who can see its org (404 otherwise). */
export async function getClockView(
  deps: Deps,
  ctx: RequestContext,
  id: string,
): Promise<ClockView> {
  const actor = authorize(ctx, 'calendar.read');
  const q = deps.db.kysely;
  const clock = await scoped(q, actor).getById('clocks', id);
  const [pauses, extensions, cal] = await Promise.all([
    pausesOf(q, [id]),
    extensionsOf(q, [id]),
    loadCalendar(q),
  ]);
  // tenancy: the names of who approved extensions of a clock already read through scoped()
  const approvers = extensions.length
    ? await q
        .selectFrom('users')
        .select(['id', 'displayName'])
        .where(
          'id',
          'in',
          extensions.map((e) => e.approvedBy),
        )
        .execute()
    : [];
  const c = computeClock(clockInputOf(clock, pauses, extensions), cal, today(deps));
  return {
    id: clock.id,
    orgId: clock.orgId,
    subjectType: clock.subjectType,
    subjectId: clock.subjectId,
    purpose: clock.purpose,
    startDate: clock.startDate,
    limitDays: clock.limitDays,
    unit: clock.unit,
    basis: clock.basis,
    extensionDays: clock.extensionDays,
    state: clock.state,
    stoppedOn: clock.stoppedOn,
    baseDueDate: c.baseDueDate,
    dueDate: c.dueDate,
    provisional: c.provisional,
    provisionalReasons: c.provisionalReasons,
    status: c.status,
    statusLabel: c.statusLabel,
    daysLeft: c.daysLeft,
    pauses: pauses.map((p) => ({
      id: p.id,
      reason: p.reason as PauseReason,
      reasonLabel: pauseLabel(p.reason),
      fromDate: p.fromDate,
      toDate: p.toDate,
      note: p.note,
    })),
    extensions: extensions.map((e) => ({
      id: e.id,
      days: e.days,
      reason: e.reason,
      basis: e.basis,
      approvedBy: approvers.find((u) => u.id === e.approvedBy)?.displayName ?? e.approvedBy,
      createdAt: e.createdAt,
    })),
    explanation: c.explanation,
    summary: c.summary,
    explained: explainedOf(c.summary, clock.basis, c.countingBasis).explained,
    abilities: {
      extend:
        can(actor, 'clock.extend') && clock.state !== 'stopped' && !clockOwnerOf(clock.subjectType),
    },
  };
}
