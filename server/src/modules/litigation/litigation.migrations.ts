import type { MigrationSet } from '../../core/db/migrations.js';
import * as m0001 from './migrations/20261206_litigation_0001_cases.js';
import * as m0002 from './migrations/20261206_litigation_0002_appeal.js';
import * as m0003 from './migrations/20261214_litigation_0003_indicator_covering.js';

/** 行政复议与行政应诉 tables, after the enforcement module's. */
export const LITIGATION_MIGRATIONS: MigrationSet = {
  '20261206_litigation_0001_cases': m0001,
  '20261206_litigation_0002_appeal': m0002,
  '20261214_litigation_0003_indicator_covering': m0003,
};
