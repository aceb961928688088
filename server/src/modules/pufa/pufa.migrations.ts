import type { MigrationSet } from '../../core/db/migrations.js';
import * as m0001 from './migrations/20261206_pufa_0001_quiz.js';

/** 普法 tables (知识竞赛), after the litigation module's. */
export const PUFA_MIGRATIONS: MigrationSet = {
  '20261206_pufa_0001_quiz': m0001,
};
