import type { Q } from '../../core/db/database.js';

/**
 * What other modules may use of the files module (附件): storing an upload with its owner and reading
 * stored files' rows. Other modules import the files module only through this file and read the
 * `files` table only through it (checked by server/src/import-graph.test.ts).
 */

export { uploadFile } from './files.service.js';

// tenancy: callers pass the id of a file they reached through a record already loaded in scope

/** The stored file, or undefined. */
export const findFile = (q: Q, id: string) =>
  q.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();

/** The stored file that a record just referenced (missing is a bug, not a 404). */
export const fileRow = (q: Q, id: string) =>
  q.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** The file `id` when it belongs to this owner, or undefined. */
export const ownedFile = (q: Q, owner: { type: string; id: string }, id: string) =>
  q
    .selectFrom('files')
    .selectAll()
    .where('id', '=', id)
    .where('ownerType', '=', owner.type)
    .where('ownerId', '=', owner.id)
    .executeTakeFirst();

/** The files attached to these owners of one type, oldest first. */
export const attachmentsOf = (q: Q, ownerType: string, ownerIds: string[]) =>
  ownerIds.length
    ? q
        .selectFrom('files')
        .select(['id', 'ownerId', 'originalName as name', 'size', 'mime'])
        .where('ownerType', '=', ownerType)
        .where('ownerId', 'in', ownerIds)
        .orderBy('createdAt')
        .orderBy('id')
        .execute()
    : Promise.resolve([]);
