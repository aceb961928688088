import type { MigrationSet } from '../../core/db/migrations.js';
import * as m0001 from './migrations/20261206_report_0001_reports.js';
import * as m0002 from './migrations/20261208_indtown_0001_indexes.js';
import * as m0003 from './migrations/20261215_report_0003_indicator_snapshots.js';

/**
 * 法治政府建设年度报告 tables, after the legal modules'; then the indexes the indicators count by, and the
 * towns' indicator snapshots.
 */
export const REPORT_MIGRATIONS: MigrationSet = {
  '20261206_report_0001_reports': m0001,
  '20261208_indtown_0001_indexes': m0002,
  '20261215_report_0003_indicator_snapshots': m0003,
};
