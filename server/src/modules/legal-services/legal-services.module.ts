import type { ModuleDescriptor } from '../../core/module.js';
import { aidRoutes } from './aid/aid.routes.js';
import { seedLegalServicesDemo, seedLegalServicesNow } from './demo/legal-services.demo.js';
import { LEGAL_SERVICES_GRANTS } from './legal-services.grants.js';
import { LEGAL_SERVICES_MIGRATIONS } from './legal-services.migrations.js';
import { legalServicesPortalRoutes } from './portal.routes.js';
import { servicesRoutes } from './services.routes.js';
import { stationRoutes } from './station/station.routes.js';
import { LEGAL_SERVICES_INDICATORS } from './legal-services.indicators.js';

/**
 * 公共法律服务 (issue 13, first half): the town's station with its "3+X" windows, queue, service log,
 * ratings, bookings and online questions; legal aid on the kernel with its statutory clocks; 司法协助;
 * 一村一法律顾问; the yearly figures; the portal's pages.
 */
export const legalServicesModule: ModuleDescriptor = {
  name: 'legal-services',
  routes: [stationRoutes, aidRoutes, servicesRoutes, legalServicesPortalRoutes],
  grants: LEGAL_SERVICES_GRANTS,
  indicators: LEGAL_SERVICES_INDICATORS,
  migrations: LEGAL_SERVICES_MIGRATIONS,
  demoSeed: seedLegalServicesDemo,
  demoNow: seedLegalServicesNow,
};
