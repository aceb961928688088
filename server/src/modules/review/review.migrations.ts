import type { MigrationSet } from '../../core/db/migrations.js';
import * as m0001 from './migrations/20261126_review_0001_items.js';
import * as m0002 from './migrations/20261126_review_0002_review_work.js';
import * as m0003 from './migrations/20261126_review_0003_filings_fcr.js';
import * as m0004 from './migrations/20261210_review_0004_accepted_idx.js';
import * as m0005 from './migrations/20261214_review_0005_indicator_covering.js';

/** 合法性审查 tables. Names start with a date after the foundation's so they run after it. */
export const REVIEW_MIGRATIONS: MigrationSet = {
  '20261126_review_0001_items': m0001,
  '20261126_review_0002_review_work': m0002,
  '20261126_review_0003_filings_fcr': m0003,
  '20261210_review_0004_accepted_idx': m0004,
  '20261214_review_0005_indicator_covering': m0005,
};
