import { can } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { ModuleDescriptor } from '../../core/module.js';
import { seedReportDemo } from './demo/report.demo.js';
import { refreshIndicatorSnapshots } from './indicator-snapshot.job.js';
import { REPORT_GRANTS } from './report.grants.js';
import { REPORT_MIGRATIONS } from './report.migrations.js';
import { cockpitRoutes } from './cockpit.routes.js';
import { reportRoutes } from './report.routes.js';
import { LAW_REPORT_OWNER } from './report.step.js';

/**
 * 法治指标与法治政府建设年度报告 (issue 14): the indicator registry over every module's figures plus the
 * entered ones, and the annual report whose numbers are placeholders bound to them, on the kernel
 * (草稿 → 待审定 → 已审定 → 已公开 → 已报送), exported as a GB/T 9704 DOCX through the letter office.
 */
export const reportModule: ModuleDescriptor = {
  name: 'report',
  routes: [reportRoutes, cockpitRoutes],
  grants: REPORT_GRANTS,
  migrations: REPORT_MIGRATIONS,
  demoSeed: seedReportDemo,
  // FAZHI_INDICATOR_SNAPSHOT_SCHEDULE overrides how often stale snapshots are counted again.
  jobs: (env) => [
    {
      name: 'indicator-snapshots',
      schedule: env.FAZHI_INDICATOR_SNAPSHOT_SCHEDULE ?? 'every:60s',
      run: refreshIndicatorSnapshots,
    },
  ],
  fileOwners: {
    [LAW_REPORT_OWNER]: async (d, actor, id) =>
      can(actor, 'report.read') &&
      !!(await scoped(d.db.kysely, actor)
        .selectFrom('lawReports')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()),
  },
};
