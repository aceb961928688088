import type { Grants } from '../../core/authz/role-grants.js';

const READ = ['pufa.read', 'team.read'] as const;
const MANAGE = [...READ, 'pufa.manage', 'pufa.results.export', 'team.manage'] as const;

/**
 * 普法 and the legal team: the 公共法律服务站's window clerk and the 党建综合办 run the quizzes and
 * content and keep the roster and study records; the 法审员 and the leaders too; the town's legal adviser
 * reads; county staff (the 司法局) read, names masked.
 */
export const PUFA_GRANTS: Grants = {
  window_clerk: [...MANAGE],
  office_clerk: [...MANAGE],
  legal_reviewer: [...MANAGE],
  town_head: [...READ],
  deputy_head: [...MANAGE],
  legal_adviser: [...READ],
  county_supervisor: [...READ],
};
