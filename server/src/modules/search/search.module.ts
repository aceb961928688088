import type { ModuleDescriptor } from '../../core/module.js';
import { searchRoutes } from './search.routes.js';

export const searchModule: ModuleDescriptor = { name: 'search', routes: [searchRoutes] };
