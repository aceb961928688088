import type { Grants } from '../../core/authz/role-grants.js';

const READ = ['litigation.case.read'] as const;
const HANDLE = [...READ, 'litigation.case.handle', 'litigation.consult.record'] as const;

/**
 * 行政复议与行政应诉: 党建综合办 staff and the 法审员 register and handle the cases; the town's leaders too
 * (they chair the 会商 and go to court); the town's legal adviser reads and records the 会商 opinion;
 * county staff (the 司法局) read, names masked.
 */
export const LITIGATION_GRANTS: Grants = {
  office_clerk: [...HANDLE],
  legal_reviewer: [...HANDLE],
  town_head: [...HANDLE],
  deputy_head: [...HANDLE],
  legal_adviser: [...READ, 'litigation.consult.record'],
  county_supervisor: [...READ],
};
