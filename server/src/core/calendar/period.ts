import type { DayUnit } from '@fazhi/shared';
import { addDays, yearOf } from './dates.js';
import { classifyDay, isCovered, type WorkCalendar } from './work-calendar.js';

/** A stretch during which counting stood still: days after `fromDate` up to and including `toDate`. */
export interface PauseSpan {
  fromDate: string;
  toDate: string;
  reasonLabel: string;
}

/** What happened to one examined day. */
export type DayRecord =
  | { date: string; kind: 'counted'; n: number; makeup: string | null }
  | { date: string; kind: 'weekend' }
  | { date: string; kind: 'holiday'; name: string }
  | { date: string; kind: 'paused'; reasonLabel: string; working: boolean }
  | { date: string; kind: 'base_reached' }
  | { date: string; kind: 'uncovered_year'; year: number };

interface PeriodInput {
  startDate: string;
  /** Units before any extension. */
  baseDays: number;
  /** Units including extensions. */
  totalDays: number;
  unit: DayUnit;
  pauses: PauseSpan[];
}

export interface PeriodWalk {
  /** The day the count reached `totalDays`. */
  lastDay: string;
  /** `lastDay`, or the first working day after it for a calendar-day period (民法典 203). */
  due: string;
  /** Same two for the period without extensions. */
  baseDue: string;
  records: DayRecord[];
  uncoveredYears: number[];
}

/** Generous bound on days examined: 3650 working days with long pauses stays far below it. */
const MAX_STEPS = 40_000;

/**
 * Walks a period day by day from the day after the trigger day (民法典 201). Working-day periods
 * count working days only; calendar-day periods count every day. Paused days never count.
 */
export function walkPeriod(cal: WorkCalendar, input: PeriodInput): PeriodWalk {
  const records: DayRecord[] = [];
  const uncovered = new Set<number>();
  const examine = (day: string) => {
    if (isCovered(cal, day) || uncovered.has(yearOf(day))) return;
    uncovered.add(yearOf(day));
    records.push({ date: day, kind: 'uncovered_year', year: yearOf(day) });
  };

  let count = 0;
  let day = input.startDate;
  let baseLast = input.baseDays === 0 ? day : '';
  for (let steps = 0; count < input.totalDays; steps++) {
    if (steps > MAX_STEPS) throw new Error('period walk exceeded its bound');
    day = addDays(day, 1);
    examine(day);
    const cls = classifyDay(cal, day);
    const pause = input.pauses.find((p) => p.fromDate < day && day <= p.toDate);
    if (pause) {
      records.push({
        date: day,
        kind: 'paused',
        reasonLabel: pause.reasonLabel,
        working: cls.working,
      });
      continue;
    }
    if (input.unit === 'calendar' || cls.working) {
      count += 1;
      records.push({
        date: day,
        kind: 'counted',
        n: count,
        makeup: cls.kind === 'makeup_workday' ? cls.name : null,
      });
      if (count === input.baseDays) {
        baseLast = day;
        if (input.totalDays > input.baseDays) records.push({ date: day, kind: 'base_reached' });
      }
    } else if (cls.kind === 'holiday') {
      records.push({ date: day, kind: 'holiday', name: cls.name });
    } else {
      records.push({ date: day, kind: 'weekend' });
    }
  }

  const moveForward = (last: string): string => {
    if (input.unit === 'working') return last;
    let d = last;
    while (!classifyDay(cal, d).working) {
      d = addDays(d, 1);
      examine(d);
    }
    return d;
  };
  const due = moveForward(day);
  return {
    lastDay: day,
    due,
    baseDue: moveForward(baseLast),
    records,
    uncoveredYears: [...uncovered].sort(),
  };
}
