import { can } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { ModuleDescriptor } from '../../core/module.js';
import { CASE_OWNER } from './case.step.js';
import { seedEnforcementDemo } from './demo/enforcement.demo.js';
import { seedEnforcementNow } from './demo/enforcement.demo-now.js';
import { ENFORCEMENT_GRANTS } from './enforcement.grants.js';
import { ENFORCEMENT_MIGRATIONS } from './enforcement.migrations.js';
import { enforcementRoutes } from './enforcement.routes.js';

/** 行政执法 (issue 10), the case side: entrusted and granted penalty cases, certificates, statistics. */
export const enforcementModule: ModuleDescriptor = {
  name: 'enforcement',
  routes: [enforcementRoutes],
  grants: ENFORCEMENT_GRANTS,
  migrations: ENFORCEMENT_MIGRATIONS,
  demoSeed: seedEnforcementDemo,
  demoNow: seedEnforcementNow,
  // A case's letters (事先告知书, 决定书) follow the case: staff who may read it see them.
  fileOwners: {
    [CASE_OWNER]: async (d, actor, id) =>
      can(actor, 'enforcement.case.read') &&
      !!(await scoped(d.db.kysely, actor)
        .selectFrom('enforcementCases')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()),
  },
};
