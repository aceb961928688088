import { can } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { ModuleDescriptor } from '../../core/module.js';
import { seedAnnualReportDemo } from './annual-report/report.demo.js';
import { canSeeReportFiles, REPORT_OWNER } from './annual-report/report-files.js';
import { annualReportRoutes } from './annual-report/report.routes.js';
import { DISCLOSURE_GRANTS } from './disclosure.grants.js';
import { DISCLOSURE_MIGRATIONS } from './disclosure.migrations.js';
import { seedProactiveDemo } from './proactive/demo/proactive.demo.js';
import { seedProactiveNow } from './proactive/demo/proactive.demo-now.js';
import { ITEM_OWNER } from './proactive/item-index.js';
import { disclosurePortalRoutes } from './proactive/portal.routes.js';
import { proactiveRoutes } from './proactive/proactive.routes.js';
import { seedDisclosureRequestsDemo } from './requests/demo/requests.demo.js';
import { seedRequestsNow } from './requests/demo/requests.demo-now.js';
import { portalRequestRoutes } from './requests/portal.routes.js';
import { canSeeRequestFiles } from './requests/request-files.js';
import { SUBJECT_TYPE } from './requests/request.repository.js';
import { disclosureRequestRoutes } from './requests/request.routes.js';
import { seedVillageAffairsDemo } from './village/demo/village.demo.js';
import { seedVillageAffairsNow } from './village/demo/village.demo-now.js';
import { VILLAGE_ITEM_OWNER } from './village/village-item.step.js';
import { villagePortalRoutes } from './village/village-portal.routes.js';
import { villageAffairsRoutes } from './village/village.routes.js';

/** 政务公开 (issue 4): proactive disclosure, 三务公开, 依申请公开 and the annual report. */
export const disclosureModule: ModuleDescriptor = {
  name: 'disclosure',
  routes: [
    proactiveRoutes,
    disclosurePortalRoutes,
    villageAffairsRoutes,
    villagePortalRoutes,
    disclosureRequestRoutes,
    portalRequestRoutes,
    annualReportRoutes,
  ],
  grants: DISCLOSURE_GRANTS,
  migrations: DISCLOSURE_MIGRATIONS,
  demoSeed: async (deps) => {
    await seedProactiveDemo(deps);
    await seedVillageAffairsDemo(deps);
    // After the proactive demo: the published 2024 report freezes its 表二 figures too.
    await seedDisclosureRequestsDemo(deps);
    await seedAnnualReportDemo(deps);
  },
  // After the 2024 history (the published report included): the work in progress on the day of loading.
  demoNow: async (deps) => {
    await seedRequestsNow(deps);
    await seedProactiveNow(deps);
    await seedVillageAffairsNow(deps);
  },
  // Each record's files follow the record: staff who may read it see them.
  fileOwners: {
    [ITEM_OWNER]: async (d, actor, id) =>
      can(actor, 'disclosure.item.read') &&
      !!(await scoped(d.db.kysely, actor)
        .selectFrom('disclosureItems')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()),
    [VILLAGE_ITEM_OWNER]: async (d, actor, id) =>
      can(actor, 'village_affairs.item.read') &&
      !!(await scoped(d.db.kysely, actor)
        .selectFrom('villageAffairsItems')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()),
    [SUBJECT_TYPE]: canSeeRequestFiles,
    [REPORT_OWNER]: canSeeReportFiles,
  },
  searchTypes: [
    { entityType: ITEM_OWNER, label: '主动公开信息' },
    { entityType: VILLAGE_ITEM_OWNER, label: '村务公开事项' },
    { entityType: SUBJECT_TYPE, label: '政府信息公开申请' },
  ],
};
