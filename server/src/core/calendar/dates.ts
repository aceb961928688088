/**
 * Arithmetic on legal calendar days written `YYYY-MM-DD`. Everything runs in UTC on the date itself,
 * so no server time zone or daylight-saving rule can shift a day.
 */
const DAY_MS = 86_400_000;

const toMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => fromMs(toMs(day) + n * DAY_MS);

/** Whole days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: string, b: string): number =>
  Math.round((toMs(b) - toMs(a)) / DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: string): number => new Date(toMs(day)).getUTCDay();

export const isWeekend = (day: string): boolean => {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
};

export const yearOf = (day: string): number => Number(day.slice(0, 4));

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
export const weekdayName = (day: string): string => WEEKDAY_NAMES[weekdayOf(day)]!;

/** `2024-10-08` → `2024年10月8日`, the way dates are written in official documents. */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
