import type { MigrationSet } from '../../core/db/migrations.js';
import * as m0001 from './migrations/20261206_report_0001_reports.js';

/** 法治政府建设年度报告 tables, after the legal modules'. */
export const REPORT_MIGRATIONS: MigrationSet = {
  '20261206_report_0001_reports': m0001,
};
