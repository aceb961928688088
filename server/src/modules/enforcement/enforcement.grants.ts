import type { Grants } from '../../core/authz/role-grants.js';

const READ = ['enforcement.case.read'] as const;

/**
 * 行政执法: the town's enforcement team registers and handles cases, its certificates and entrustments;
 * the town's leaders approve (立案, 法制审核, 决定, 结案); county staff (the 司法局) read, party names masked.
 */
export const ENFORCEMENT_GRANTS: Grants = {
  enforcement_officer: [
    ...READ,
    'enforcement.case.handle',
    'enforcement.case.approve',
    'enforcement.authority.manage',
    'enforcement.settings.manage',
  ],
  town_head: [...READ, 'enforcement.case.approve', 'enforcement.settings.manage'],
  deputy_head: [...READ, 'enforcement.case.approve'],
  office_clerk: [...READ],
  county_supervisor: [...READ],
};
