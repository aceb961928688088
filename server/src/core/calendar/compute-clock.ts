import {
  CLOCK_STATUS_LABELS,
  type ClockStatus,
  type DayUnit,
  type ExplanationStep,
} from '@fazhi/shared';
import { countingBasis } from './basis.js';
import { explainWalk } from './explanation.js';
import { walkPeriod, type PauseSpan } from './period.js';
import { urgencyOf } from './status.js';
import { summarise } from './summary.js';
import { provisionalReason, type WorkCalendar } from './work-calendar.js';

export interface ClockInput {
  /** Trigger day (day 0). */
  startDate: string;
  limitDays: number;
  unit: DayUnit;
  /** Pauses; an open one (`toDate` null) counts as if it ended today. */
  pauses: { fromDate: string; toDate: string | null; reasonLabel: string }[];
  /** Approved extensions, each adding `days` units. */
  extensions: { days: number }[];
  stoppedOn?: string | null;
}

export interface ClockComputation {
  dueDate: string;
  /** Due date before extensions. */
  baseDueDate: string;
  totalDays: number;
  extensionDays: number;
  provisional: boolean;
  provisionalReasons: string[];
  status: ClockStatus;
  statusLabel: string;
  /** Working days left (negative when overdue); null once stopped. */
  daysLeft: number | null;
  /** How days are counted, as cited to users. */
  countingBasis: string;
  explanation: ExplanationStep[];
  summary: string;
}

/**
 * The single place where a statutory period becomes a due date. Pure: the same inputs and calendar
 * always give the same answer, so stored due dates can be re-derived whenever the calendar changes.
 */
export function computeClock(
  input: ClockInput,
  cal: WorkCalendar,
  today: string,
): ClockComputation {
  const asOf = input.stoppedOn ?? today;
  const openPause = input.pauses.find((p) => p.toDate === null) ?? null;
  const spans: PauseSpan[] = input.pauses.map((p) => ({
    fromDate: p.fromDate,
    toDate: p.toDate ?? (asOf > p.fromDate ? asOf : p.fromDate),
    reasonLabel: p.reasonLabel,
  }));
  const extensionDays = input.extensions.reduce((s, e) => s + e.days, 0);
  const totalDays = input.limitDays + extensionDays;
  const walk = walkPeriod(cal, {
    startDate: input.startDate,
    baseDays: input.limitDays,
    totalDays,
    unit: input.unit,
    pauses: spans,
  });

  const provisionalReasons = walk.uncoveredYears.map(provisionalReason);
  const shared = {
    unit: input.unit,
    startDate: input.startDate,
    baseDays: input.limitDays,
    extensionDays,
  };
  const explanation = explainWalk(cal, walk, shared);
  const summary = summarise(cal, walk, { ...shared, provisionalReasons });

  let status: ClockStatus;
  let daysLeft: number | null;
  if (input.stoppedOn) {
    status = 'stopped';
    daysLeft = null;
  } else {
    const u = urgencyOf(cal, today, walk.due);
    daysLeft = u.daysLeft;
    // Paused after it was already overdue: the pause gives no time back, so it stays overdue.
    status = openPause && !(walk.due < openPause.fromDate) ? 'paused' : u.status;
  }

  return {
    dueDate: walk.due,
    baseDueDate: walk.baseDue,
    totalDays,
    extensionDays,
    provisional: provisionalReasons.length > 0,
    provisionalReasons,
    status,
    statusLabel: CLOCK_STATUS_LABELS[status],
    daysLeft,
    countingBasis: countingBasis({ unit: input.unit, moved: walk.due !== walk.lastDay }),
    explanation,
    summary,
  };
}
