import { z } from 'zod';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2024-02-30). */
export function isCalendarDate(v: string): boolean {
  if (!DATE_RE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A legal calendar day, `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .refine(isCalendarDate, { message: '日期格式应为 YYYY-MM-DD，且必须是真实存在的日期' });
