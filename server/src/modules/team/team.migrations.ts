import type { MigrationSet } from '../../core/db/migrations.js';
import * as m0001 from './migrations/20261206_team_0001_roster_study.js';

/** 法治队伍 and 学法述法 tables, after the 普法 module's. */
export const TEAM_MIGRATIONS: MigrationSet = {
  '20261206_team_0001_roster_study': m0001,
};
