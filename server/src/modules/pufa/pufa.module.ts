import type { ModuleDescriptor } from '../../core/module.js';
import { seedPufaDemo } from './demo/pufa.demo.js';
import { PUFA_GRANTS } from './pufa.grants.js';
import { PUFA_MIGRATIONS } from './pufa.migrations.js';
import { quizPortalRoutes } from './quiz/quiz-portal.routes.js';
import { quizRoutes } from './quiz/quiz.routes.js';
import { statsRoutes } from './stats.routes.js';

/**
 * 普法 (issue 13): the quiz engine (题库, random draw, shuffled options, time limit, daily cap, real name
 * with SMS, leaderboard, participation, export) and the portal where residents take a quiz on a phone.
 */
export const pufaModule: ModuleDescriptor = {
  name: 'pufa',
  routes: [quizRoutes, quizPortalRoutes, statsRoutes],
  grants: PUFA_GRANTS,
  migrations: PUFA_MIGRATIONS,
  demoSeed: seedPufaDemo,
};
