import { can } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import type { OwnerVisibility } from '../../../core/files/owners.js';

/**
 * Files of an application (originals, released copies, letters) follow the application: staff who may
 * read it see them. Applicants reach released documents only through signed links (tracking.service).
 */
export const canSeeRequestFiles: OwnerVisibility = async (deps, actor, ownerId) => {
  if (!can(actor, 'disclosure.request.read')) return false;
  return !!(await scoped(deps.db.kysely, actor)
    .selectFrom('disclosureRequests')
    .select('disclosureRequests.id')
    .where('disclosureRequests.id', '=', ownerId)
    .executeTakeFirst());
};
