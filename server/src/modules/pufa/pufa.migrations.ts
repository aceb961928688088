import type { MigrationSet } from '../../core/db/migrations.js';
import * as m0001 from './migrations/20261206_pufa_0001_quiz.js';
import * as m0002 from './migrations/20261206_pufa_0002_content.js';
import * as m0003 from './migrations/20261208_pufak_0001_content_state.js';

/** 普法 tables (知识竞赛; content, 谁执法谁普法, 法律明白人), after the litigation module's. */
export const PUFA_MIGRATIONS: MigrationSet = {
  '20261206_pufa_0001_quiz': m0001,
  '20261206_pufa_0002_content': m0002,
  '20261208_pufak_0001_content_state': m0003,
};
