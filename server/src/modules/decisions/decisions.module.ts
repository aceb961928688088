import { can } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { ModuleDescriptor } from '../../core/module.js';
import { DECISION_OWNER } from './decision.step.js';
import { seedDecisionsDemo } from './demo/decisions.demo.js';
import { DECISIONS_GRANTS } from './decisions.grants.js';
import { DECISIONS_MIGRATIONS } from './decisions.migrations.js';
import { decisionsPortalRoutes } from './decisions.portal.routes.js';
import { decisionsRoutes } from './decisions.routes.js';
import { decisionCatalogueRoutes } from './catalogue.routes.js';
import { decisionSettingsRoutes } from './decision-settings.routes.js';
import { decisionProceduresRoutes } from './procedures.routes.js';
import { DECISIONS_INDICATORS } from './decisions.indicators.js';
import { decisionOfReviewItem } from './review-item-link.js';

/**
 * 重大行政决策 (issue 12): the yearly catalogue (approved, published, adjusted with its history), the
 * decision on the kernel from a catalogue entry to evaluation, public comment by article on the portal,
 * the legality opinion read from the linked review item, hearings, the expert pool with experts' signed
 * opinions and the risk report (guarding the collective decision), and the year's figures.
 */
export const decisionsModule: ModuleDescriptor = {
  name: 'decisions',
  routes: [
    decisionsRoutes,
    decisionCatalogueRoutes,
    decisionProceduresRoutes,
    decisionSettingsRoutes,
    decisionsPortalRoutes,
  ],
  grants: DECISIONS_GRANTS,
  indicators: DECISIONS_INDICATORS,
  recordLinks: { 'review_item.decision': decisionOfReviewItem },
  migrations: DECISIONS_MIGRATIONS,
  demoSeed: seedDecisionsDemo,
  // The notices a decision keeps follow it: whoever may read the decision.
  fileOwners: {
    [DECISION_OWNER]: async (d, actor, id) =>
      can(actor, 'decisions.read') &&
      !!(await scoped(d.db.kysely, actor)
        .selectFrom('decisions')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()),
  },
};
