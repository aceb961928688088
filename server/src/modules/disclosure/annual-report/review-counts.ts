import type { Q } from '../../../core/db/database.js';
import type { DisclosureReviewCountsTable } from './report.tables.js';
import { TABLE4_GROUPS, type Table4, type Table4GroupKey } from './table-layout.js';

/** 维持 / 纠正 / 其他 / 尚未审结 for each of 行政复议, 未经复议直接起诉, 复议后起诉. */
export type Table4Input = Record<
  Table4GroupKey,
  { upheld: number; corrected: number; other: number; pending: number }
>;

export const zeroTable4Input = (): Table4Input => ({
  review: { upheld: 0, corrected: 0, other: 0, pending: 0 },
  direct: { upheld: 0, corrected: 0, other: 0, pending: 0 },
  after: { upheld: 0, corrected: 0, other: 0, pending: 0 },
});

/** The 15 cells of 表四: each group's 总计 is the sum of its four results. */
export function table4Of(input: Table4Input): Table4 {
  const out = {} as Table4;
  for (const g of TABLE4_GROUPS) {
    const r = input[g.key];
    out[g.key] = { ...r, total: r.upheld + r.corrected + r.other + r.pending };
  }
  return out;
}

export const columnsOf = (t: Table4Input) => ({
  reviewUpheld: t.review.upheld,
  reviewCorrected: t.review.corrected,
  reviewOther: t.review.other,
  reviewPending: t.review.pending,
  directUpheld: t.direct.upheld,
  directCorrected: t.direct.corrected,
  directOther: t.direct.other,
  directPending: t.direct.pending,
  afterUpheld: t.after.upheld,
  afterCorrected: t.after.corrected,
  afterOther: t.after.other,
  afterPending: t.after.pending,
});

const inputOf = (r: DisclosureReviewCountsTable): Table4Input => ({
  review: {
    upheld: r.reviewUpheld,
    corrected: r.reviewCorrected,
    other: r.reviewOther,
    pending: r.reviewPending,
  },
  direct: {
    upheld: r.directUpheld,
    corrected: r.directCorrected,
    other: r.directOther,
    pending: r.directPending,
  },
  after: {
    upheld: r.afterUpheld,
    corrected: r.afterCorrected,
    other: r.afterOther,
    pending: r.afterPending,
  },
});

/**
 * The counts entered by hand for the year (zeros when none were entered), and whether they were: the
 * fallback when the litigation register holds no disclosure-related case for the year (report-compute.ts).
 */
export async function loadTable4(
  q: Q,
  townId: string,
  year: number,
): Promise<{ input: Table4Input; entered: { at: string; by: string | null } | null }> {
  // tenancy: the report service has resolved `townId` within the caller's scope
  const row = await q
    .selectFrom('disclosureReviewCounts')
    .selectAll()
    .where('orgId', '=', townId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row
    ? { input: inputOf(row), entered: { at: row.updatedAt, by: row.updatedBy } }
    : { input: zeroTable4Input(), entered: null };
}
