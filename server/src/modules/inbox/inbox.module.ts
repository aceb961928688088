import type { ModuleDescriptor } from '../../core/module.js';
import { homeRoutes } from './home.routes.js';
import { inboxRoutes } from './inbox.routes.js';

export const inboxModule: ModuleDescriptor = { name: 'inbox', routes: [inboxRoutes, homeRoutes] };
