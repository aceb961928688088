import type { ModuleDescriptor } from '../../core/module.js';
import { jobRoutes } from './jobs.routes.js';

export const systemModule: ModuleDescriptor = { name: 'system', routes: [jobRoutes] };
