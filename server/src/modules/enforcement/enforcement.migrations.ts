import type { MigrationSet } from '../../core/db/migrations.js';
import * as m1001 from './migrations/20261205_enforcement_1001_cases.js';
import * as m1002 from './inspections/migrations/20261205_enforcement_1002_inspections.js';
import * as m2001 from './migrations/20261206_enforcement_2001_simple.js';
import * as m2002 from './migrations/20261206_enforcement_2002_overdue.js';
import * as m3001 from './migrations/20261206_enforcement_3001_publication.js';
import * as m3002 from './migrations/20261206_enforcement_3002_case_list.js';
import * as pub01 from './migrations/20261207_enfpub_01_publishable_preservation.js';
import * as clocks0001 from './migrations/20261206_enfclocks_0001_case_clocks.js';
import * as clock01 from './migrations/20261212_enfclock_01_publishable_defaults.js';
import * as clock02 from './migrations/20261212_enfclock_02_report_clock.js';
import * as pres01 from './migrations/20261213_enfpres_01_preservations.js';
import * as plans0001 from './plans/migrations/20261208_enfplans_0001_plans_training.js';
import * as ind01 from './migrations/20261214_enfind_01_indicator_covering.js';

/** 行政执法 tables, after the disclosure module's. */
export const ENFORCEMENT_MIGRATIONS: MigrationSet = {
  '20261205_enforcement_1001_cases': m1001,
  '20261205_enforcement_1002_inspections': m1002,
  '20261206_enforcement_2001_simple': m2001,
  '20261206_enforcement_2002_overdue': m2002,
  '20261206_enforcement_3001_publication': m3001,
  '20261206_enforcement_3002_case_list': m3002,
  '20261206_enfclocks_0001_case_clocks': clocks0001,
  '20261207_enfpub_01_publishable_preservation': pub01,
  '20261208_enfplans_0001_plans_training': plans0001,
  '20261212_enfclock_01_publishable_defaults': clock01,
  '20261212_enfclock_02_report_clock': clock02,
  '20261213_enfpres_01_preservations': pres01,
  '20261214_enfind_01_indicator_covering': ind01,
};
