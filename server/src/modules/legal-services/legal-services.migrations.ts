import type { MigrationSet } from '../../core/db/migrations.js';
import * as m0001 from './migrations/20261206_legal_services_0001_station.js';
import * as m0002 from './migrations/20261208_pufak_0001_adviser_evaluations.js';
import * as m0003 from './migrations/20261214_lsind_0001_visit_outcome.js';

/** 公共法律服务 tables, after the litigation module's. */
export const LEGAL_SERVICES_MIGRATIONS: MigrationSet = {
  '20261206_legal_services_0001_station': m0001,
  '20261208_pufak_0001_adviser_evaluations': m0002,
  '20261214_lsind_0001_visit_outcome': m0003,
};
