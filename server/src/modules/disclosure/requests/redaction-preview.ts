import fs from 'node:fs';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest, notFound, ruleViolation } from '../../../core/errors.js';
import { FILE_TYPES } from '../../../core/files/sniff.js';
import { blobPath } from '../../../core/files/storage.js';
import { fileRow } from '../../files/files.public.js';
import { assertTownStaff } from '../../../core/workflow/index.js';
import { redactDocx } from './redact-docx.js';
import { rulesOf, type RedactInput } from './redaction.service.js';
import { documentsOf } from './request.repository.js';

/** The preview shows the released text up to this length; the copy itself is produced in full. */
const PREVIEW_CHARS = 20_000;

/**
 * What automatic redaction of a DOCX original would remove (区分处理, 《政府信息公开条例》第三十七条),
 * before anything is stored: per rule the count and masked samples, per package part the count (body,
 * headers, comments, revisions, properties …), and the released body text with ■ where text goes.
 * Nothing is written; the removed text itself is never returned.
 */
export async function previewRedaction(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: Pick<RedactInput, 'originalFileId' | 'marks' | 'idNumbers' | 'phones'>,
) {
  const actor = authorize(ctx, 'disclosure.request.handle');
  const q = deps.db.kysely;
  const req = await scoped(q, actor).getById('disclosureRequests', id);
  assertTownStaff(actor, 'redact');
  const original = (await documentsOf(q, req.id)).find(
    (d) => d.kind === 'original' && d.fileId === input.originalFileId,
  );
  if (!original) throw notFound('原件不存在：请先将原件上传并作为本申请的原件保存');
  // tenancy: the original was just found among this application's documents
  const file = await fileRow(q, original.fileId);
  if (file.mime !== FILE_TYPES.docx.mime)
    throw ruleViolation(
      '自动遮盖只适用于 Word 文档（.docx）；PDF、图片请上传已处理的公开文本并注明理由',
      'AUTO_REDACTION_UNSUPPORTED',
    );
  const rules = rulesOf(input);
  if (!rules.length)
    throw badRequest('请标注需要遮盖的文字，或选择自动遮盖身份证号码、电话号码并注明理由');
  const out = await redactDocx(
    await fs.promises.readFile(blobPath(deps.config.dataDir, file.sm3)),
    rules,
  );
  return {
    items: out.counts,
    parts: out.parts,
    text: out.text.slice(0, PREVIEW_CHARS),
    truncated: out.text.length > PREVIEW_CHARS,
  };
}
