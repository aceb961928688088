import { can } from '../../core/authz/actor.js';
import { mergeGrants } from '../../core/authz/role-grants.js';
import { scoped } from '../../core/authz/scope.js';
import type { ModuleDescriptor } from '../../core/module.js';
import { CASE_OWNER } from './case.step.js';
import { seedEnforcementDemo } from './demo/enforcement.demo.js';
import { seedEnforcementNow } from './demo/enforcement.demo-now.js';
import { ENFORCEMENT_GRANTS } from './enforcement.grants.js';
import { ENFORCEMENT_MIGRATIONS } from './enforcement.migrations.js';
import { enforcementRoutes } from './enforcement.routes.js';
import { enforcementPublicRoutes } from './public.routes.js';
import { seedInspectionsDemo, seedInspectionsNow } from './inspections/demo/inspections.demo.js';
import { INSPECTION_OWNER } from './inspections/inspection.service.js';
import { INSPECTION_GRANTS } from './inspections/inspections.grants.js';
import { inspectionRoutes } from './inspections/inspections.routes.js';
import { ENFORCEMENT_INDICATORS } from './enforcement.indicators.js';
import { planRoutes } from './plans/plans.routes.js';
import { trainingRoutes } from './training/training.routes.js';

/**
 * 行政执法 (issue 10): entrusted and granted penalty cases, certificates, statistics; inspections with
 * their checklists and photos, and hazards under rectification or 挂牌督办 (inspections/); 双随机、一公开
 * 抽查计划 with their seeded draw (plans/); officers' training hours (training/).
 */
export const enforcementModule: ModuleDescriptor = {
  name: 'enforcement',
  indicators: ENFORCEMENT_INDICATORS,
  routes: [
    enforcementRoutes,
    enforcementPublicRoutes,
    inspectionRoutes,
    planRoutes,
    trainingRoutes,
  ],
  grants: mergeGrants(ENFORCEMENT_GRANTS, INSPECTION_GRANTS),
  migrations: ENFORCEMENT_MIGRATIONS,
  demoSeed: async (deps) => {
    await seedEnforcementDemo(deps);
    await seedInspectionsDemo(deps);
  },
  demoNow: async (deps) => {
    await seedEnforcementNow(deps);
    await seedInspectionsNow(deps);
  },
  // A case's letters (事先告知书, 决定书) follow the case: staff who may read it see them.
  fileOwners: {
    [CASE_OWNER]: async (d, actor, id) =>
      can(actor, 'enforcement.case.read') &&
      !!(await scoped(d.db.kysely, actor)
        .selectFrom('enforcementCases')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()),
    // Photos of an inspection follow the record: staff who may read inspections of its town.
    [INSPECTION_OWNER]: async (d, actor, id) =>
      can(actor, 'enforcement.inspection.read') &&
      !!(await scoped(d.db.kysely, actor)
        .selectFrom('enforcementInspections')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()),
  },
};
