import type { Grants } from '../../core/authz/role-grants.js';

const READ = ['team.read'] as const;
const MANAGE = [...READ, 'team.manage'] as const;

/**
 * 法治队伍 and 学法述法: the 党建综合办 keeps the roster, contracts and study records, with the 法审员 and
 * the 分管领导; the town head and the legal adviser read; county staff (the 司法局) read, certificate
 * numbers hidden.
 */
export const TEAM_GRANTS: Grants = {
  office_clerk: [...MANAGE],
  legal_reviewer: [...MANAGE],
  deputy_head: [...MANAGE],
  town_head: [...READ],
  legal_adviser: [...READ],
  county_supervisor: [...READ],
};
