import type { ModuleDescriptor } from '../../core/module.js';
import { registrationRoutes } from './registration.routes.js';
import { userRoutes } from './user.routes.js';

/** Accounts: staff accounts managed by administrators, and 公众 self-registration. */
export const usersModule: ModuleDescriptor = {
  name: 'users',
  routes: [registrationRoutes, userRoutes],
};
