import { can } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { ModuleDescriptor } from '../../core/module.js';
import { LITIGATION_OWNER } from './case.step.js';
import { seedLitigationDemo, seedLitigationNow } from './demo/litigation.demo.js';
import { LITIGATION_GRANTS } from './litigation.grants.js';
import { LITIGATION_MIGRATIONS } from './litigation.migrations.js';
import { litigationRoutes } from './litigation.routes.js';
import { LITIGATION_INDICATORS } from './litigation.indicators.js';

/**
 * 行政复议与行政应诉 (issue 11): the register of reviews and suits against the town on the kernel, with
 * 会商 before any answer, the answer clocks, 负责人出庭应诉, outcomes, 一案一评一反馈, statistics, the
 * ledger, and 表四 of the disclosure annual report (litigation.public.ts).
 */
export const litigationModule: ModuleDescriptor = {
  name: 'litigation',
  indicators: LITIGATION_INDICATORS,
  routes: [litigationRoutes],
  grants: LITIGATION_GRANTS,
  migrations: LITIGATION_MIGRATIONS,
  demoSeed: seedLitigationDemo,
  demoNow: seedLitigationNow,
  // A case's 答辩状 / 答复书 follows the case: staff who may read the case see it.
  fileOwners: {
    [LITIGATION_OWNER]: async (d, actor, id) =>
      can(actor, 'litigation.case.read') &&
      !!(await scoped(d.db.kysely, actor)
        .selectFrom('litigationCases')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()),
  },
};
