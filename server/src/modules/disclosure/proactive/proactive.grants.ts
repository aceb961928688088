import type { Grants } from '../../../core/authz/role-grants.js';

/**
 * 主动公开: the 党建综合办 clerk (政府信息公开工作机构, art 4) drafts, maintains the guide and the
 * statistics; 保密审查 (art 17) is done by the legal reviewer, the clerk or a leader — never on one's own
 * draft (enforced per entry, not by role).
 */
export const PROACTIVE_GRANTS: Grants = {
  office_clerk: [
    'disclosure.item.read',
    'disclosure.item.write',
    'disclosure.item.review',
    'disclosure.guide.manage',
    'disclosure.stats.manage',
    'disclosure.proactive.configure',
  ],
  legal_reviewer: ['disclosure.item.read', 'disclosure.item.review'],
  town_head: ['disclosure.item.read', 'disclosure.item.review', 'disclosure.proactive.configure'],
  deputy_head: ['disclosure.item.read', 'disclosure.item.review'],
  county_supervisor: ['disclosure.item.read'],
};
