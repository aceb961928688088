import type { Grants } from '../../core/authz/role-grants.js';

const READ = ['pufa.read'] as const;
const MANAGE = [...READ, 'pufa.manage', 'pufa.results.export'] as const;

/**
 * 普法: the 公共法律服务站's window clerk and the 党建综合办 run the quizzes and content; the 法审员 and
 * the 分管领导 too; the town head and the legal adviser read; county staff (the 司法局) read, names masked.
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
