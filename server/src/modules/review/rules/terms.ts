import { daysBetween } from '../../../core/calendar/index.js';
import { NUM, parseNumber } from './numerals.js';

/** Words that name a term, by contract type: a lease's 租期 outranks the lessor's own 承包期 in a recital. */
export const TERM_LABELS = {
  lease: '租赁期限|租赁期|租期|承租期',
  transfer: '流转期限|流转期',
  contracting: '承包期限|承包期',
  generic: '合同期限|协议期限|经营期限|使用期限|有效期|期限',
} as const;
export type TermLabel = keyof typeof TERM_LABELS;

const TERM = Object.fromEntries(
  Object.entries(TERM_LABELS).map(([k, words]) => [
    k,
    new RegExp(`(?:${words})(?:为|是|共|计|:|\\s){0,8}(${NUM})\\s{0,4}(个)?\\s{0,4}(年|月)`, 'g'),
  ]),
) as Record<TermLabel, RegExp>;
const LABEL = Object.fromEntries(
  Object.entries(TERM_LABELS).map(([k, words]) => [k, new RegExp(words)]),
) as Record<TermLabel, RegExp>;

/** Whether the text names a term of this kind at all. */
export const namesTerm = (text: string, label: TermLabel): boolean => LABEL[label].test(text);

/** The longest term of this kind stated in the text ("租赁期限为三十年", "期限为六个月"), in years; null if none. */
export function termYearsIn(text: string, label: TermLabel = 'generic'): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(TERM[label])) {
    const n = parseNumber(m[1]!);
    if (n === null) continue;
    const years = m[3] === '月' ? n / 12 : n;
    if (best === null || years > best) best = years;
  }
  return best;
}

const DATE = '(\\d{4})[-./年](\\d{1,2})[-./月](\\d{1,2})日?';
const RANGE = new RegExp(`${DATE}[^。；\\d]{0,6}?(?:至|到|止于|—|－|-|~|～)\\s{0,4}${DATE}`);

const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/** "自2024年1月1日起至2053年12月31日止" → both dates as YYYY-MM-DD. */
export function dateRangeIn(text: string): { start: string; end: string } | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  return { start: iso(m[1]!, m[2]!, m[3]!), end: iso(m[4]!, m[5]!, m[6]!) };
}

/** The date `years` after `day`; a 29 February without a counterpart ends on the 28th (民法典 art 202). */
export function addYears(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) + years;
  const md = day.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/** True when a period from `start` to `end` (inclusive) is longer than `years` years. */
export const longerThanYears = (start: string, end: string, years: number): boolean =>
  end >= addYears(start, years);

/** A period's length in years, one decimal, for messages. */
export const spanYears = (start: string, end: string): number =>
  Math.round(((daysBetween(start, end) + 1) / 365.2425) * 10) / 10;

const RENEWAL = new RegExp(
  `(?:期满|到期|届满)[^。；]{0,12}自动(?:续期|续租|续约|顺延|延长|延续)(?:(${NUM})\\s{0,4}年)?`,
);

/** An automatic renewal and its length in years (0 when unstated). */
export function autoRenewalIn(text: string): { years: number } | null {
  const m = RENEWAL.exec(text);
  if (!m) return null;
  return { years: m[1] ? (parseNumber(m[1]) ?? 0) : 0 };
}
