import type { MigrationSet } from '../../core/db/migrations.js';
import * as m1001 from './migrations/20261127_disclosure_1001_proactive.js';
import * as m1002 from './migrations/20261127_disclosure_1002_village_affairs.js';
import * as m2001 from './migrations/20261127_disclosure_2001_requests.js';
import * as m2002 from './migrations/20261127_disclosure_2002_annual_report.js';
import * as m2003 from './migrations/20261204_disclosure_2003_fee_settings.js';

/** 政务公开 tables. Names start with a date after the foundation's so they run after it. */
export const DISCLOSURE_MIGRATIONS: MigrationSet = {
  '20261127_disclosure_1001_proactive': m1001,
  '20261127_disclosure_1002_village_affairs': m1002,
  '20261127_disclosure_2001_requests': m2001,
  '20261127_disclosure_2002_annual_report': m2002,
  '20261204_disclosure_2003_fee_settings': m2003,
};
