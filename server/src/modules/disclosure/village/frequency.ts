import type { Frequency } from './village-vocabulary.js';

/**
 * When each village must publish (pure). A regular item covers a period — a quarter `2024-Q3` or a
 * month `2024-09` — and is due by the `dueDay` of the month after the period ends (the village's
 * 公开日 [P/U]). A month's publication also covers its quarter; a quarter's does not cover its months.
 */

type PeriodStatus = 'on_time' | 'late' | 'missing' | 'open' | 'future';

export const PERIOD_STATUS_LABELS: Record<PeriodStatus, string> = {
  on_time: '按时公开',
  late: '逾期公开',
  missing: '逾期未公开',
  open: '本期未到公开日',
  future: '尚未开始',
};

const pad = (n: number) => String(n).padStart(2, '0');
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isPeriod = (p: string): boolean => QUARTER.test(p) || MONTH.test(p);

export function periodsOfYear(year: number, f: Frequency): string[] {
  return f === 'quarterly'
    ? [1, 2, 3, 4].map((q) => `${year}-Q${q}`)
    : Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
}

/** First and last day of a period. */
export function periodBounds(p: string): { start: string; end: string } {
  const q = QUARTER.exec(p);
  const [y, firstMonth, months] = q
    ? [Number(q[1]), (Number(q[2]) - 1) * 3 + 1, 3]
    : [Number(p.slice(0, 4)), Number(p.slice(5, 7)), 1];
  if (!q && !MONTH.test(p)) throw new Error(`not a period: ${p}`);
  const lastMonth = firstMonth + months - 1;
  const lastDay = new Date(Date.UTC(y, lastMonth, 0)).getUTCDate();
  return { start: `${y}-${pad(firstMonth)}-01`, end: `${y}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** The 公开日 for a period: `dueDay` of the month after it ends (clamped to that month's length). */
export function periodDue(p: string, dueDay: number): string {
  const { end } = periodBounds(p);
  let y = Number(end.slice(0, 4));
  let m = Number(end.slice(5, 7)) + 1;
  if (m === 13) {
    y += 1;
    m = 1;
  }
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(Math.min(dueDay, last))}`;
}

/** The period of frequency `f` containing `day`. */
export function periodOf(day: string, f: Frequency): string {
  const y = day.slice(0, 4);
  const m = Number(day.slice(5, 7));
  return f === 'quarterly' ? `${y}-Q${Math.ceil(m / 3)}` : `${y}-${pad(m)}`;
}

/** Which required period a published item counts for, under frequency `f` (null if it counts for none). */
export function coveredPeriod(itemPeriod: string, f: Frequency): string | null {
  if (f === 'monthly') return MONTH.test(itemPeriod) ? itemPeriod : null;
  return MONTH.test(itemPeriod) ? periodOf(`${itemPeriod}-01`, 'quarterly') : itemPeriod;
}

interface PeriodCheck {
  period: string;
  due: string;
  status: PeriodStatus;
  publishedOn: string | null;
}

/** Each period of `year` with its status, given the publication dates of the items covering it. */
export function checkPeriods(input: {
  year: number;
  frequency: Frequency;
  dueDay: number;
  today: string;
  published: { period: string; publishedOn: string }[];
}): PeriodCheck[] {
  const firstBy = new Map<string, string>();
  for (const p of input.published) {
    const covered = coveredPeriod(p.period, input.frequency);
    if (!covered) continue;
    const prev = firstBy.get(covered);
    if (!prev || p.publishedOn < prev) firstBy.set(covered, p.publishedOn);
  }
  return periodsOfYear(input.year, input.frequency).map((period) => {
    const due = periodDue(period, input.dueDay);
    const publishedOn = firstBy.get(period) ?? null;
    const { start } = periodBounds(period);
    let status: PeriodStatus;
    if (publishedOn) status = publishedOn <= due ? 'on_time' : 'late';
    else if (input.today > due) status = 'missing';
    else status = input.today >= start ? 'open' : 'future';
    return { period, due, status, publishedOn };
  });
}

type MajorStatus = 'on_time' | 'late' | 'overdue' | 'pending';

/** A major matter (随时公布) against its due day (decision day + the town's allowance in working days). */
export function majorStatus(m: {
  due: string;
  publishedOn: string | null;
  today: string;
}): MajorStatus {
  if (m.publishedOn) return m.publishedOn <= m.due ? 'on_time' : 'late';
  return m.today > m.due ? 'overdue' : 'pending';
}
