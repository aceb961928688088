import path from 'node:path';
import type { Readable } from 'node:stream';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize, requireActor } from '../../core/authz/authorize.js';
import type { FilesTable } from '../../core/db/schema-machinery.js';
import type { Deps } from '../../core/deps.js';
import { AppError, badRequest, notFound, tooLarge } from '../../core/errors.js';
import { canSeeFile, uploaderKey } from '../../core/files/owners.js';
import { allowedTypesText, FILE_TYPES, sniffFileType } from '../../core/files/sniff.js';
import { commitBlob, discardTemp, readTemp, receiveToTemp } from '../../core/files/storage.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';

interface FileMeta {
  id: string;
  name: string;
  size: number;
  mime: string;
  sm3: string;
}

const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(2))} MB`;

/** The name users gave, made safe, with the extension of the detected type (scan.pdf that is a PNG → scan.png). */
function cleanName(raw: string, ext: string): string {
  const base = path
    .basename(raw.replaceAll('\\', '/'))
    // eslint-disable-next-line no-control-regex -- control characters never belong in a file name
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .trim();
  const stem = base.replace(/\.[^.]*$/, '').slice(0, 120) || '附件';
  return `${stem}.${ext}`;
}

const present = (
  f: Pick<FilesTable, 'id' | 'originalName' | 'size' | 'mime' | 'sm3'>,
): FileMeta => ({
  id: f.id,
  name: f.originalName,
  size: Number(f.size),
  mime: f.mime,
  sm3: f.sm3,
});

/**
 * Receives one upload: stored under its SM3 (deduplicated), typed by its content, recorded as the
 * uploader's unattached file until a module attaches it to a record.
 */
export async function uploadFile(
  deps: Deps,
  ctx: RequestContext,
  upload: { filename: string; stream: Readable },
): Promise<FileMeta> {
  const actor = authorize(ctx, 'file.upload');
  const limit = deps.config.uploadMaxBytes;
  const overLimit = () =>
    tooLarge(`文件超过大小上限（最大 ${megabytes(limit)}），请压缩或拆分后上传`, {
      maxBytes: limit,
    });
  let blob;
  try {
    blob = await receiveToTemp(deps.config.dataDir, upload.stream);
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw overLimit();
    throw e;
  }
  try {
    // The multipart parser stops at the limit and marks the stream truncated rather than failing it.
    if ((upload.stream as { truncated?: boolean }).truncated || blob.size > limit)
      throw overLimit();
    if (blob.size === 0) throw badRequest('上传的文件是空的');
    const kind = await sniffFileType(await readTemp(blob));
    if (!kind) {
      throw new AppError(
        415,
        'UNSUPPORTED_FILE_TYPE',
        `不支持该文件类型（按文件内容识别，与扩展名无关）。允许上传：${allowedTypesText()}`,
        {
          allowed: Object.values(FILE_TYPES).map((t) => t.ext),
        },
      );
    }
    const type = FILE_TYPES[kind];
    await commitBlob(deps.config.dataDir, blob);
    const row: FilesTable = {
      id: newId(),
      orgId: actor.orgId,
      sm3: blob.sm3,
      size: blob.size,
      mime: type.mime,
      originalName: cleanName(upload.filename, type.ext),
      ownerType: null,
      ownerId: null,
      uploadedBy: uploaderKey(actor),
      createdAt: deps.time.now().toISOString(),
    };
    await mutation(deps, ctx, async (m) => {
      await m.trx.insertInto('files').values(row).execute();
      await m.audit({
        action: 'file.file.uploaded',
        targetType: 'file',
        targetId: row.id,
        meta: { name: row.originalName, size: row.size, mime: row.mime, sm3: row.sm3 },
      });
    });
    return present(row);
  } finally {
    await discardTemp(blob.tempPath);
  }
}

/** The file, if the actor may see it (it follows its owning record); otherwise 404. */
async function visibleFile(deps: Deps, ctx: RequestContext, id: string): Promise<FilesTable> {
  const actor = requireActor(ctx);
  // tenancy: visibility is decided next by the owner's rule (or uploader)
  const file = await deps.db.kysely
    .selectFrom('files')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!file || !(await canSeeFile(deps, actor, file))) throw notFound('附件不存在或您无权查看');
  return file;
}

/** A download: attachments hold personal data (scans, applications), so each one is in the trail. */
export async function downloadFile(
  deps: Deps,
  ctx: RequestContext,
  id: string,
): Promise<FilesTable> {
  const file = await visibleFile(deps, ctx, id);
  await mutation(deps, ctx, (m) =>
    m.audit({
      action: 'file.file.downloaded',
      targetType: 'file',
      targetId: file.id,
      orgId: file.orgId,
      meta: { name: file.originalName, ownerType: file.ownerType, ownerId: file.ownerId },
    }),
  );
  return file;
}

export async function fileMeta(deps: Deps, ctx: RequestContext, id: string) {
  const f = await visibleFile(deps, ctx, id);
  return { ...present(f), ownerType: f.ownerType, ownerId: f.ownerId, uploadedAt: f.createdAt };
}
