import type { Instant } from '../../../core/db/schema.js';

/** 政府信息公开工作年度报告 tables (camelCase), merged into the application's `Database`. */
export interface DisclosureAnnualReportsTable {
  id: string;
  /** The town reporting. */
  orgId: string;
  year: number;
  /** 一、总体情况 — staff text. */
  overview: string;
  /** 五、存在的主要问题及改进情况. */
  problems: string;
  /** 六、其他需要报告的事项 (the 信息处理费 line is added from the data). */
  otherMatters: string;
  status: 'draft' | 'published';
  /** How many times it has been published (a correction republishes). */
  version: number;
  publishedAt: Instant | null;
  publishedBy: string | null;
  /** JSON of the whole report as published: a published report never changes under the reader. */
  snapshot: string | null;
  docxFileId: string | null;
  updatedBy: string | null;
  updatedAt: Instant;
}

/**
 * 表四 counts, entered by hand until the review/litigation module supplies them: for each of 行政复议,
 * 未经复议直接起诉 and 复议后起诉 the results 维持 / 纠正 / 其他 / 尚未审结 (总计 is their sum).
 */
export interface DisclosureReviewCountsTable {
  id: string;
  orgId: string;
  year: number;
  reviewUpheld: number;
  reviewCorrected: number;
  reviewOther: number;
  reviewPending: number;
  directUpheld: number;
  directCorrected: number;
  directOther: number;
  directPending: number;
  afterUpheld: number;
  afterCorrected: number;
  afterOther: number;
  afterPending: number;
  updatedBy: string | null;
  updatedAt: Instant;
}

declare module '../../../core/db/schema.js' {
  interface Database {
    disclosureAnnualReports: DisclosureAnnualReportsTable;
    disclosureReviewCounts: DisclosureReviewCountsTable;
  }
}
