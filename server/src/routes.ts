import type { RoutesPlugin } from './core/http/types.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { orgRoutes } from './modules/orgs/org.routes.js';

/** Every module's routes, mounted under /api/v1. */
export const ROUTES: RoutesPlugin[] = [authRoutes, orgRoutes];
