import type { ModuleDescriptor } from '../../core/module.js';
import { authRoutes } from './auth.routes.js';

export const authModule: ModuleDescriptor = { name: 'auth', routes: [authRoutes] };
