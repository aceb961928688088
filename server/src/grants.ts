import { mergeGrants } from './core/authz/role-grants.js';
import { DISCLOSURE_GRANTS } from './modules/disclosure/disclosure.grants.js';
import { REVIEW_GRANTS } from './modules/review/review.grants.js';

/** What each built-in role may do: the foundation's grants plus every module's. */
export const ROLE_GRANTS = mergeGrants(REVIEW_GRANTS, DISCLOSURE_GRANTS);
