import type { ModuleDescriptor } from '../../core/module.js';
import { auditRoutes } from './audit.routes.js';

export const auditModule: ModuleDescriptor = { name: 'audit', routes: [auditRoutes] };
