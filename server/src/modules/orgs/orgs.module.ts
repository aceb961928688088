import type { ModuleDescriptor } from '../../core/module.js';
import { orgRoutes } from './org.routes.js';

export const orgsModule: ModuleDescriptor = { name: 'orgs', routes: [orgRoutes] };
