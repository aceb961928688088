import type { ModuleDescriptor } from '../../core/module.js';
import { roleRoutes } from './role.routes.js';

export const rolesModule: ModuleDescriptor = { name: 'roles', routes: [roleRoutes] };
