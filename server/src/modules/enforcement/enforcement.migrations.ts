import type { MigrationSet } from '../../core/db/migrations.js';
import * as m1001 from './migrations/20261205_enforcement_1001_cases.js';
import * as m1002 from './inspections/migrations/20261205_enforcement_1002_inspections.js';

/** 行政执法 tables, after the disclosure module's. */
export const ENFORCEMENT_MIGRATIONS: MigrationSet = {
  '20261205_enforcement_1001_cases': m1001,
  '20261205_enforcement_1002_inspections': m1002,
};
