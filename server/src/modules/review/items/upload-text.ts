import fs from 'node:fs';
import type { Actor } from '../../../core/authz/actor.js';
import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest, notFound } from '../../../core/errors.js';
import { uploaderKey } from '../../../core/files/owners.js';
import { FILE_TYPES } from '../../../core/files/sniff.js';
import { blobPath } from '../../../core/files/storage.js';
import { poolFor } from '../rules/engine-pool.js';
import { findFile } from '../../files/files.public.js';

// tenancy: the actor's own unattached upload (checked by uploader)

/**
 * The text of a Word document the actor has just uploaded (not yet attached to anything), for
 * pre-review. The file itself is attached to the item by the caller.
 */
export async function textOfUpload(
  deps: Deps,
  q: Q,
  actor: Actor,
  fileId: string,
): Promise<string> {
  const file = await findFile(q, fileId);
  if (!file || file.uploadedBy !== uploaderKey(actor) || file.ownerId)
    throw notFound('送审稿附件不存在，或不是您刚上传的文件');
  if (file.mime !== FILE_TYPES.docx.mime)
    throw badRequest('送审稿请上传 Word 文档（.docx），以便提取全文进行智能预审');
  // Read in the engine's worker pool: a large Word body takes long to parse.
  const text = await poolFor(deps.config).extractText(
    await fs.promises.readFile(blobPath(deps.config.dataDir, file.sm3)),
  );
  if (!text.trim()) throw badRequest('未能从该 Word 文档中提取到文字，请检查文件或直接粘贴全文');
  return text;
}
