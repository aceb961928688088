import { can } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { ModuleDescriptor } from '../../core/module.js';
import { seedDisputesDemo, seedDisputesNow } from './demo/disputes.demo.js';
import { DISPUTE_OWNER } from './dispute.step.js';
import { DISPUTES_GRANTS } from './disputes.grants.js';
import { DISPUTES_MIGRATIONS } from './disputes.migrations.js';
import { disputesRoutes } from './disputes.routes.js';
import { DISPUTES_INDICATORS } from './disputes.indicators.js';

/**
 * 矛盾纠纷调解 (issue 11, first half): the 矛调中心's disputes from every channel, people's mediation on
 * the kernel, 调解协议书 through the letter office, the 2024 indicators and the 调解台账.
 */
export const disputesModule: ModuleDescriptor = {
  name: 'disputes',
  indicators: DISPUTES_INDICATORS,
  routes: [disputesRoutes],
  grants: DISPUTES_GRANTS,
  migrations: DISPUTES_MIGRATIONS,
  demoSeed: seedDisputesDemo,
  demoNow: seedDisputesNow,
  // A dispute's 调解协议书 follows the dispute: staff who may read it see it.
  fileOwners: {
    [DISPUTE_OWNER]: async (d, actor, id) =>
      can(actor, 'disputes.read') &&
      !!(await scoped(d.db.kysely, actor)
        .selectFrom('disputes')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()),
  },
};
