import type { ModuleDescriptor } from '../../core/module.js';
import { fileRoutes } from './files.routes.js';

export const filesModule: ModuleDescriptor = { name: 'files', routes: [fileRoutes] };
