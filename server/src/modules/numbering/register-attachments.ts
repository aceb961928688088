import type { RequestContext } from '../../core/authz/actor.js';
import { can } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { attachFile } from '../../core/files/attach.js';
import type { OwnerVisibility } from '../../core/files/owners.js';
import { mutation } from '../../core/mutation.js';

export const DOC_NUMBER_OWNER = 'doc_number';

/** A 发文登记 entry's files (e.g. the scanned signed document) are visible to whoever sees the register entry. */
export const canSeeDocNumberFiles: OwnerVisibility = async (deps, actor, ownerId) => {
  if (!can(actor, 'numbering.read')) return false;
  const row = await scoped(deps.db.kysely, actor)
    .selectFrom('docNumbers')
    .select('docNumbers.id')
    .where('docNumbers.id', '=', ownerId)
    .executeTakeFirst();
  return !!row;
};

/** Attaches an uploaded file (the signed, scanned document) to a register entry in the actor's scope. */
export async function attachToRegister(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  fileId: string,
) {
  const actor = authorize(ctx, 'numbering.issue');
  const entry = await scoped(deps.db.kysely, actor).getById('docNumbers', id);
  return mutation(deps, ctx, (m) =>
    attachFile(m, {
      fileId,
      ownerType: DOC_NUMBER_OWNER,
      ownerId: entry.id,
      orgId: entry.orgId,
      by: actor,
    }),
  );
}
