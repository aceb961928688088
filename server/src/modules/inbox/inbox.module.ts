import type { ModuleDescriptor } from '../../core/module.js';
import { inboxRoutes } from './inbox.routes.js';

export const inboxModule: ModuleDescriptor = { name: 'inbox', routes: [inboxRoutes] };
