import type { Grants } from '../../core/authz/role-grants.js';

/** Who may do what in 合法性审查 (legality review). */
export const REVIEW_GRANTS: Grants = {};
