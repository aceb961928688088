import type { MigrationSet } from '../../core/db/migrations.js';
import * as m0001 from './migrations/20261206_decisions_0001_tables.js';
import * as m0002 from './migrations/20261208_decproc_0001_procedures.js';
import * as m0003 from './migrations/20261206_decletters_0001_notices.js';
import * as m0004 from './migrations/20261209_decsms_0001_comment_sms.js';
import * as m0005 from './migrations/20261210_decdocx_0001_notice_reissue.js';
import * as m0006 from './migrations/20261214_decind_0001_linked_items.js';

/** 重大行政决策 tables, after the litigation module's. */
export const DECISIONS_MIGRATIONS: MigrationSet = {
  '20261206_decisions_0001_tables': m0001,
  '20261208_decproc_0001_procedures': m0002,
  '20261206_decletters_0001_notices': m0003,
  '20261209_decsms_0001_comment_sms': m0004,
  '20261210_decdocx_0001_notice_reissue': m0005,
  '20261214_decind_0001_linked_items': m0006,
};
