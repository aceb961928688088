import type { Instant, IsoDate } from '../../core/db/schema.js';
import type { LawReportState } from './report.workflow.js';

/** An entered figure (录入指标): a value no module records, with where it comes from. */
interface ReportIndicatorEntriesTable {
  id: string;
  /** The town. */
  orgId: string;
  year: number;
  key: string;
  /** Decimal text, e.g. `12.8` (exact on both databases). */
  value: string;
  /** 来源文件, e.g. 桥头派出所《2024年1-11月警情统计》. */
  sourceDocument: string;
  sourceDate: IsoDate;
  enteredBy: string;
  enteredAt: Instant;
}

/** 法治政府建设年度报告 of a town for a year. */
export interface LawReportsTable {
  id: string;
  /** The town. */
  orgId: string;
  year: number;
  /** The reporting cut-off: figures counted 截至 this day (the 2024 report: 11-30). */
  cutOffOn: IsoDate;
  /** JSON object paragraph id → text with placeholders; missing ids take the template's text. */
  narrative: string;
  status: LawReportState;
  approvedBy: string | null;
  approvedAt: Instant | null;
  publishedAt: Instant | null;
  /** The published DOCX (GB/T 9704), kept with the report. */
  docxFileId: string | null;
  /** JSON of the figures as published: a published report never changes under the reader. */
  snapshot: string | null;
  reportedAt: Instant | null;
  updatedBy: string | null;
  updatedAt: Instant;
}

/**
 * A town's computed indicator counts for a year (指标快照), valid while the town's audit chain is still at
 * `chainSeq` and the as-of day, cut-off and indicator set (`version`) are the same.
 */
interface ReportIndicatorSnapshotsTable {
  orgId: string;
  year: number;
  asOf: IsoDate;
  cutOffOn: IsoDate;
  chainSeq: number | string;
  version: string;
  /** JSON: `{ [indicator key]: { now, prev } }`, each `{ numerator, denominator }`. */
  figures: string;
}

declare module '../../core/db/schema.js' {
  interface Database {
    reportIndicatorEntries: ReportIndicatorEntriesTable;
    lawReports: LawReportsTable;
    reportIndicatorSnapshots: ReportIndicatorSnapshotsTable;
  }
}
