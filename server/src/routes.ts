import type { RoutesPlugin } from './core/http/types.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { orgRoutes } from './modules/orgs/org.routes.js';
import { roleRoutes } from './modules/roles/role.routes.js';
import { tokenRoutes } from './modules/tokens/token.routes.js';
import { userRoutes } from './modules/users/user.routes.js';

/** Every module's routes, mounted under /api/v1. */
export const ROUTES: RoutesPlugin[] = [authRoutes, orgRoutes, userRoutes, roleRoutes, tokenRoutes, auditRoutes];
