import type { Grants } from '../../core/authz/role-grants.js';

const READ = ['disputes.read'] as const;

/**
 * 矛盾纠纷调解: the 矛调中心's mediators register, route and mediate and see the parties in full; the
 * window clerk of the 公共法律服务站 registers walk-in disputes; the town's leaders read; county staff
 * read masked and never act for the town.
 */
export const DISPUTES_GRANTS: Grants = {
  mediator: [...READ, 'disputes.intake', 'disputes.handle', 'disputes.pii.read'],
  window_clerk: [...READ, 'disputes.intake', 'disputes.pii.read'],
  town_head: [...READ],
  deputy_head: [...READ],
  county_supervisor: [...READ],
};
