import type { Actor } from '../authz/actor.js';
import type { FilesTable } from '../db/schema-machinery.js';
import type { Deps } from '../deps.js';
import { newId } from '../ids.js';
import type { MutationScope } from '../mutation.js';
import { uploaderKey } from './owners.js';
import { FILE_TYPES } from './sniff.js';
import { storeBytes } from './storage.js';

/**
 * Keeps bytes Fazhi generated (a letter, a report, a redacted copy) as a file of a record, in the
 * caller's transaction; whoever may see the record may download it (the owner type's visibility rule).
 */
export async function storeGeneratedFile(
  m: MutationScope,
  deps: Deps,
  by: Actor | null,
  input: {
    orgId: string;
    ownerType: string;
    ownerId: string;
    name: string;
    bytes: Buffer;
    mime?: string;
  },
): Promise<FilesTable> {
  const { sm3, size } = await storeBytes(deps.config.dataDir, input.bytes);
  const file: FilesTable = {
    id: newId(),
    orgId: input.orgId,
    sm3,
    size,
    mime: input.mime ?? FILE_TYPES.docx.mime,
    // Names become download names: no path separators or characters Windows refuses.
    originalName: input.name.replace(/[\\/:*?"<>|]/g, '_'),
    ownerType: input.ownerType,
    ownerId: input.ownerId,
    uploadedBy: by ? uploaderKey(by) : null,
    createdAt: m.now.toISOString(),
  };
  await m.trx.insertInto('files').values(file).execute();
  return file;
}
