import type { MigrationSet } from '../../core/db/migrations.js';

/** 合法性审查 tables. Names start with a date after the foundation's so they run after it. */
export const REVIEW_MIGRATIONS: MigrationSet = {};
