import type { ModuleDescriptor } from '../../core/module.js';
import { numberingRoutes } from './numbering.routes.js';
import { canSeeDocNumberFiles, DOC_NUMBER_OWNER } from './register-attachments.js';

/** 文号 templates, numbering and the 发文登记 (with the letter office that issues through it). */
export const numberingModule: ModuleDescriptor = {
  name: 'numbering',
  routes: [numberingRoutes],
  fileOwners: { [DOC_NUMBER_OWNER]: canSeeDocNumberFiles },
};
