import type { RoutesPlugin } from './core/http/types.js';
import { disclosurePortalRoutes } from './modules/disclosure/proactive/portal.routes.js';
import { proactiveRoutes } from './modules/disclosure/proactive/proactive.routes.js';
import { villagePortalRoutes } from './modules/disclosure/village/village-portal.routes.js';
import { villageAffairsRoutes } from './modules/disclosure/village/village.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { fileRoutes } from './modules/files/files.routes.js';
import { numberingRoutes } from './modules/numbering/numbering.routes.js';
import { orgRoutes } from './modules/orgs/org.routes.js';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { clockRoutes } from './modules/calendar/clock.routes.js';
import { inboxRoutes } from './modules/inbox/inbox.routes.js';
import { roleRoutes } from './modules/roles/role.routes.js';
import { searchRoutes } from './modules/search/search.routes.js';
import { jobRoutes } from './modules/system/jobs.routes.js';
import { tokenRoutes } from './modules/tokens/token.routes.js';
import { userRoutes } from './modules/users/user.routes.js';
import { registrationRoutes } from './modules/users/registration.routes.js';
import { reviewRoutes } from './modules/review/review.routes.js';
import { disclosureRequestRoutes } from './modules/disclosure/requests/request.routes.js';
import { portalRequestRoutes } from './modules/disclosure/requests/portal.routes.js';
import { annualReportRoutes } from './modules/disclosure/annual-report/report.routes.js';
import { preReviewRoutes } from './modules/review/rules/pre-review.routes.js';

/** Every module's routes, mounted under /api/v1. */
export const ROUTES: RoutesPlugin[] = [authRoutes, registrationRoutes, orgRoutes, userRoutes, roleRoutes, tokenRoutes, auditRoutes, searchRoutes, calendarRoutes, clockRoutes, inboxRoutes, numberingRoutes, fileRoutes, jobRoutes, proactiveRoutes, disclosurePortalRoutes, villageAffairsRoutes, villagePortalRoutes, disclosureRequestRoutes, portalRequestRoutes, annualReportRoutes, reviewRoutes, preReviewRoutes];
