import type { ModuleDescriptor } from '../../core/module.js';
import { contentRoutes } from './content/content.routes.js';
import { seedPufaDemo } from './demo/pufa.demo.js';
import { PUFA_GRANTS } from './pufa.grants.js';
import { PUFA_MIGRATIONS } from './pufa.migrations.js';
import { quizPortalRoutes } from './quiz/quiz-portal.routes.js';
import { quizRoutes } from './quiz/quiz.routes.js';
import { statsRoutes } from './stats.routes.js';

/**
 * 普法 (issue 13): the quiz engine (题库, random draw, shuffled options, time limit, daily cap, real name
 * with SMS, leaderboard, participation, export) and the portal where residents take a quiz on a phone;
 * articles, videos and livestreams under the town's brand, the 谁执法谁普法 list, the villages' 法律明白人.
 */
export const pufaModule: ModuleDescriptor = {
  name: 'pufa',
  routes: [quizRoutes, quizPortalRoutes, contentRoutes, statsRoutes],
  grants: PUFA_GRANTS,
  migrations: PUFA_MIGRATIONS,
  demoSeed: seedPufaDemo,
};
