import { isCalendarDate } from '@fazhi/shared';
import { chineseDate, weekdayName, weekdayOf } from './dates.js';

/** One row of a State Council notice as entered, with where it came from for error messages. */
export interface NoticeRowInput {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  /** `第3行` (CSV) or `第3条` (form). */
  where: string;
  line?: number;
}

export interface NoticeRowError {
  where: string;
  line?: number;
  message: string;
}

const MAX_NOTICE_ROWS = 120;
const MIN_NOTICE_YEAR = 1990;
const MAX_NOTICE_YEAR = 2100;

/**
 * Checks a year's 放假安排 before it is stored: real dates inside that year, each date once, 调休上班
 * only on a Saturday or Sunday (a weekday is a working day already), and at least one day off.
 */
export function validateNoticeRows(year: number, rows: NoticeRowInput[]): NoticeRowError[] {
  const errors: NoticeRowError[] = [];
  const fail = (r: NoticeRowInput, message: string) =>
    errors.push({
      where: r.where,
      ...(r.line ? { line: r.line } : {}),
      message: `${r.where}：${message}`,
    });
  if (!Number.isInteger(year) || year < MIN_NOTICE_YEAR || year > MAX_NOTICE_YEAR) {
    return [
      { where: '年份', message: `年份应为 ${MIN_NOTICE_YEAR}–${MAX_NOTICE_YEAR} 之间的整数` },
    ];
  }
  if (rows.length > MAX_NOTICE_ROWS)
    return [
      {
        where: '全部',
        message: `一年的放假安排最多 ${MAX_NOTICE_ROWS} 条，当前 ${rows.length} 条`,
      },
    ];
  const seen = new Map<string, string>();
  for (const r of rows) {
    if (!isCalendarDate(r.date)) {
      fail(r, `日期“${r.date}”不是真实存在的日期（应为 YYYY-MM-DD）`);
      continue;
    }
    if (!r.date.startsWith(`${year}-`)) fail(r, `日期 ${r.date} 不在 ${year} 年内`);
    const first = seen.get(r.date);
    if (first) fail(r, `日期 ${r.date} 重复（${first}已登记）`);
    else seen.set(r.date, r.where);
    if (!r.name.trim()) fail(r, '名称不能为空（如“国庆节”“国庆节调休上班”）');
    else if (r.name.length > 30) fail(r, '名称最多 30 个字');
    const w = weekdayOf(r.date);
    if (r.kind === 'workday' && w !== 0 && w !== 6) {
      fail(
        r,
        `${chineseDate(r.date)}是${weekdayName(r.date)}，本来就是工作日，不能登记为调休上班日`,
      );
    }
  }
  if (!rows.some((r) => r.kind === 'holiday'))
    errors.push({ where: '全部', message: '放假安排中至少应有一个放假日' });
  return errors;
}
