import { z } from 'zod';

/**
 * `?month=YYYY-MM&townId=` on the lists a cockpit chart opens: the records of one month (on the same
 * date the chart counts) and, above the town, of one town. Tenancy stays with `scoped()`: a town
 * outside the caller's subtree simply lists nothing.
 */
export const drillDownQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
    .optional()
    .describe('月份（YYYY-MM），驾驶舱图表点击时带入'),
  townId: z.string().uuid('乡镇编号格式有误').optional().describe('乡镇（县级视图下钻时带入）'),
});

export interface DrillDownFilter {
  month?: string | undefined;
  townId?: string | undefined;
}

/**
 * The span of `YYYY-MM`: from its first day, before the first day of the next month (a half-open
 * range, so it holds for date columns and for instants alike).
 */
export function monthSpan(month: string): { from: string; before: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, before: `${next}-01` };
}

/** The twelve `YYYY-MM` of a year, the months a cockpit trend is drawn over. */
export const monthsOf = (year: number) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
