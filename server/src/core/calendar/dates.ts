/**
 * Arithmetic on legal calendar days written `YYYY-MM-DD`. Everything runs in UTC on the date itself,
 * so no server time zone or daylight-saving rule can shift a day.
 */
const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to `day`. Plain integer arithmetic: a period walk calls this for every day. */
const dayNumber = (day: string): number =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The day `n` days after 1970-01-01, in the proleptic Gregorian calendar (H. Hinnant's civil_from_days). */
function dayOf(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
}

export const addDays = (day: string, n: number): string => dayOf(dayNumber(day) + n);

/** Whole days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (day: string): number => (((dayNumber(day) + 4) % 7) + 7) % 7;

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
