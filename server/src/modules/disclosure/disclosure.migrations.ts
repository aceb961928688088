import type { MigrationSet } from '../../core/db/migrations.js';

/** 政务公开 tables. Names start with a date after the foundation's so they run after it. */
export const DISCLOSURE_MIGRATIONS: MigrationSet = {};
