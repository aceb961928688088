import type { Grants } from '../../core/authz/role-grants.js';
import { PROACTIVE_GRANTS } from './proactive/proactive.grants.js';
import { combineGrants, DISCLOSURE_REQUEST_GRANTS } from './requests/request.grants.js';
import { VILLAGE_AFFAIRS_GRANTS } from './village/village.grants.js';

/** Who may do what in 政务公开 (disclosure). */
// 主动公开 (proactive/), 三务公开 (village/), then 依申请公开 and the annual report (requests/request.grants.ts).
export const DISCLOSURE_GRANTS: Grants = combineGrants(
  PROACTIVE_GRANTS,
  VILLAGE_AFFAIRS_GRANTS,
  DISCLOSURE_REQUEST_GRANTS,
);
