import type { MigrationSet } from '../../core/db/migrations.js';
import * as m0001 from './migrations/20261206_disputes_0001_disputes.js';
import * as m0002 from './migrations/20261206_disputes_0002_clocks.js';
import * as m0003 from './migrations/20261206_disputes_0003_attachments.js';
import * as m0004 from './migrations/20261214_disputes_0004_indicator_covering.js';

/** 矛盾纠纷调解 tables. */
export const DISPUTES_MIGRATIONS: MigrationSet = {
  '20261206_disputes_0001_disputes': m0001,
  '20261206_disputes_0002_clocks': m0002,
  '20261206_disputes_0003_attachments': m0003,
  '20261214_disputes_0004_indicator_covering': m0004,
};
