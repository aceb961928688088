import type { ModuleDescriptor } from '../../core/module.js';
import { legalRoutes } from './legal.routes.js';

/** 法律依据: the public read of the legal-basis registry (core/legal/articles.ts). */
export const legalModule: ModuleDescriptor = { name: 'legal', routes: [legalRoutes] };
