import type { Grants } from '../../core/authz/role-grants.js';

/**
 * 党建综合办 staff and the 法审员 write the report and enter the police figures; the town head signs it
 * off; leaders, the legal adviser and county staff read the indicators (county staff never act).
 */
export const REPORT_GRANTS: Grants = {
  office_clerk: ['report.read', 'report.edit'],
  legal_reviewer: ['report.read', 'report.edit'],
  town_head: ['report.read', 'report.edit', 'report.approve'],
  deputy_head: ['report.read'],
  legal_adviser: ['report.read'],
  county_supervisor: ['report.read'],
};
