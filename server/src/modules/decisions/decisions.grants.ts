import type { Grants } from '../../core/authz/role-grants.js';

const READ = ['decisions.read'] as const;
const HANDLE = [...READ, 'decisions.handle'] as const;

/**
 * 重大行政决策: 党建综合办 staff and the 法审员 keep the catalogue and carry the procedure as the 承办科室;
 * the town's leaders launch, decide collectively and order evaluation or change; the legal adviser reads;
 * county staff (the 司法局, which receives the 备案) read.
 */
export const DECISIONS_GRANTS: Grants = {
  office_clerk: [...HANDLE],
  legal_reviewer: [...HANDLE],
  town_head: [...HANDLE, 'decisions.decide'],
  deputy_head: [...HANDLE, 'decisions.decide'],
  legal_adviser: [...READ],
  county_supervisor: [...READ],
};
