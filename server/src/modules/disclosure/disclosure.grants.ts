import type { Grants } from '../../core/authz/role-grants.js';

/** Who may do what in 政务公开 (disclosure). */
export const DISCLOSURE_GRANTS: Grants = {};
