import type { Actor } from '../authz/actor.js';
import { conflict, notFound } from '../errors.js';
import type { MutationScope } from '../mutation.js';
import { isFileOwnerType, uploaderKey } from './owners.js';

interface AttachFileInput {
  fileId: string;
  /** A type registered with `registerFileOwner`, e.g. 'doc_number'. */
  ownerType: string;
  ownerId: string;
  /** The record's org: the file moves into it, so backups and statistics follow the record. */
  orgId: string;
  /** Who attaches: only their own, not yet attached uploads can be attached. */
  by: Actor;
}

/**
 * Attaches an uploaded file to a record in the caller's transaction, with an audit event. The caller
 * has already checked that the actor may change the record. A file belongs to one record only.
 */
export async function attachFile(
  m: MutationScope,
  input: AttachFileInput,
): Promise<{ id: string; name: string; size: number; mime: string; sm3: string }> {
  if (!isFileOwnerType(input.ownerType))
    throw new Error(`file owner type not registered: ${input.ownerType}`);
  const file = await m.trx
    .selectFrom('files')
    .selectAll()
    .where('id', '=', input.fileId)
    .executeTakeFirst();
  if (!file || file.uploadedBy !== uploaderKey(input.by))
    throw notFound('附件不存在，或不是您上传的文件');
  if (file.ownerId) {
    const same = file.ownerType === input.ownerType && file.ownerId === input.ownerId;
    throw conflict(
      same ? '该附件已关联到此记录' : '该附件已关联到其他记录，请重新上传',
      'FILE_ALREADY_ATTACHED',
    );
  }
  await m.trx
    .updateTable('files')
    .set({ ownerType: input.ownerType, ownerId: input.ownerId, orgId: input.orgId })
    .where('id', '=', file.id)
    .where('ownerId', 'is', null)
    .execute();
  await m.audit({
    action: 'file.file.attached',
    targetType: 'file',
    targetId: file.id,
    orgId: input.orgId,
    meta: {
      ownerType: input.ownerType,
      ownerId: input.ownerId,
      name: file.originalName,
      sm3: file.sm3,
      size: Number(file.size),
    },
  });
  return {
    id: file.id,
    name: file.originalName,
    size: Number(file.size),
    mime: file.mime,
    sm3: file.sm3,
  };
}
