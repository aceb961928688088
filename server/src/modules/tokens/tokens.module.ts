import type { ModuleDescriptor } from '../../core/module.js';
import { tokenRoutes } from './token.routes.js';

export const tokensModule: ModuleDescriptor = { name: 'tokens', routes: [tokenRoutes] };
