import type { ModuleDescriptor } from '../../core/module.js';
import { seedTeamDemo } from './demo/team.demo.js';
import { TEAM_GRANTS } from './team.grants.js';
import { TEAM_MIGRATIONS } from './team.migrations.js';
import { teamRoutes } from './team.routes.js';
import { TEAM_INDICATORS } from './team.indicators.js';

/**
 * 法治队伍与学法述法 (issue 13): the legal-team roster (degree, 法律职业资格, roles, 执法证 from the
 * enforcement registry, training hours), adviser contracts with service logs, 学法 plans and sessions,
 * 述法 with panel scores, and the year's figures.
 */
export const teamModule: ModuleDescriptor = {
  name: 'team',
  routes: [teamRoutes],
  grants: TEAM_GRANTS,
  indicators: TEAM_INDICATORS,
  migrations: TEAM_MIGRATIONS,
  demoSeed: seedTeamDemo,
};
