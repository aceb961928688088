import type { Permission, RoleKey } from '@fazhi/shared';
import type { Grants } from '../../../core/authz/role-grants.js';

/**
 * 依申请公开 and the annual report. The 党建综合办 clerk is the 政府信息公开工作机构 (art 4) and does
 * the work; window staff register what arrives at the counter; only the office's heads approve an
 * extension (art 33 ¶2) and publish the report.
 */
const READ: Permission[] = ['disclosure.request.read', 'disclosure.report.read'];

export const DISCLOSURE_REQUEST_GRANTS: Grants = {
  office_clerk: [
    ...READ,
    'disclosure.request.register',
    'disclosure.request.handle',
    'disclosure.request.pii.read',
    'disclosure.report.edit',
  ],
  window_clerk: ['disclosure.request.read', 'disclosure.request.register'],
  town_head: [
    ...READ,
    'disclosure.request.extend',
    'disclosure.request.settings',
    'disclosure.report.publish',
  ],
  deputy_head: [
    ...READ,
    'disclosure.request.extend',
    'disclosure.request.settings',
    'disclosure.report.publish',
  ],
  legal_reviewer: [...READ],
  // 上级监督: applications masked (no pii.read), never a step.
  county_supervisor: [...READ],
};

/** Several grant sets as one, per role, without duplicates. */
export function combineGrants(...sets: Grants[]): Grants {
  const out: Grants = {};
  for (const set of sets) {
    for (const [role, perms] of Object.entries(set) as [RoleKey, Permission[]][])
      out[role] = [...new Set([...(out[role] ?? []), ...perms])];
  }
  return out;
}
