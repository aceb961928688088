import type { Grants } from '../../../core/authz/role-grants.js';

const READ = ['enforcement.inspection.read'] as const;

/**
 * Inspections and hazards: the town's enforcement team records inspections and hazards and steps them;
 * the town's leaders put a hazard under 挂牌督办 and clear it (销号); county staff read, masked.
 */
export const INSPECTION_GRANTS: Grants = {
  enforcement_officer: [...READ, 'enforcement.inspection.record', 'enforcement.hazard.supervise'],
  town_head: [...READ, 'enforcement.hazard.supervise'],
  deputy_head: [...READ, 'enforcement.hazard.supervise'],
  office_clerk: [...READ],
  county_supervisor: [...READ],
};
