import type { MigrationSet } from '../../core/db/migrations.js';
import * as m1001 from './migrations/20261205_enforcement_1001_cases.js';

/** 行政执法 tables, after the disclosure module's. */
export const ENFORCEMENT_MIGRATIONS: MigrationSet = {
  '20261205_enforcement_1001_cases': m1001,
};
