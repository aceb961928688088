import fs from 'node:fs';
import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest, notFound, ruleViolation } from '../../../core/errors.js';
import { attachFile } from '../../../core/files/attach.js';
import { FILE_TYPES } from '../../../core/files/sniff.js';
import { blobPath } from '../../../core/files/storage.js';
import { newId } from '../../../core/ids.js';
import { storeGeneratedFile } from '../../../core/files/generated.js';
import { addDocument } from './letter-store.js';
import {
  ID_NUMBER_PATTERN,
  markedPattern,
  PHONE_PATTERN,
  redactDocx,
  type RedactionRule,
} from './redact-docx.js';
import { REDACTION_GROUNDS, type RedactionGround } from './redaction-grounds.js';
import { requestStep } from './request-step.js';
import { documentsOf, SUBJECT_TYPE } from './request.repository.js';
import { fileRow } from '../../files/files.public.js';

/**
 * Material for the reply and its 区分处理 (《政府信息公开条例》第十五条、第三十七条). Staff keep the full
 * document as an original that never reaches the applicant, and produce a released copy from it with
 * each removal recorded with its ground: automatically for DOCX, or by uploading a copy they redacted
 * themselves (PDF, images) together with the grounds.
 */
const BASIS = '《政府信息公开条例》第十五条、第三十七条';

export async function attachOriginal(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { fileId: string },
) {
  return requestStep(deps, ctx, id, 'attach_original', async ({ m, actor, req }) => {
    const file = await attachFile(m, {
      fileId: input.fileId,
      ownerType: SUBJECT_TYPE,
      ownerId: req.id,
      orgId: req.orgId,
      by: actor!,
    });
    const documentId = await addDocument(m, ctx, req, {
      kind: 'original',
      fileId: file.id,
      title: `原件：${file.name}`,
      visible: false,
    });
    return {
      meta: { documentId, fileId: file.id, name: file.name },
      value: { documentId, fileId: file.id },
    };
  });
}

export interface RedactInput {
  originalFileId: string;
  mode: 'auto' | 'uploaded';
  marks?: { text: string; ground: RedactionGround }[] | undefined;
  idNumbers?: RedactionGround | undefined;
  phones?: RedactionGround | undefined;
  releasedFileId?: string | undefined;
  grounds?: RedactionGround[] | undefined;
  note?: string | undefined;
}

export function rulesOf(
  input: Pick<RedactInput, 'marks' | 'idNumbers' | 'phones'>,
): RedactionRule[] {
  const rules: RedactionRule[] = (input.marks ?? []).map((mk) => ({
    kind: 'marked',
    ground: mk.ground,
    pattern: markedPattern(mk.text),
  }));
  if (input.idNumbers)
    rules.push({ kind: 'id_number', ground: input.idNumbers, pattern: ID_NUMBER_PATTERN });
  if (input.phones) rules.push({ kind: 'phone', ground: input.phones, pattern: PHONE_PATTERN });
  return rules;
}

export async function redact(deps: Deps, ctx: RequestContext, id: string, input: RedactInput) {
  return requestStep(deps, ctx, id, 'redact', async ({ m, actor: by, req }) => {
    const actor = by!;
    const original = (await documentsOf(m.trx, req.id)).find(
      (d) => d.kind === 'original' && d.fileId === input.originalFileId,
    );
    if (!original) throw notFound('原件不存在：请先将原件上传并作为本申请的原件保存');
    // tenancy: the original was just found among this application's documents
    const file = await fileRow(m.trx, original.fileId);
    let released: { id: string };
    let items: { kind: string; ground: RedactionGround; count: number; samples: string[] }[];
    if (input.mode === 'auto') {
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
      items = out.counts.filter((c) => c.count > 0);
      const missing = out.counts.filter((c) => c.kind === 'marked' && c.count === 0);
      if (missing.length)
        throw ruleViolation(
          `有 ${missing.length} 处标注的文字在原件中未找到，请核对后重试`,
          'MARK_NOT_FOUND',
        );
      if (!items.length)
        throw ruleViolation(
          '原件中没有找到需要遮盖的内容；无需区分处理的，可直接予以公开',
          'NOTHING_TO_REDACT',
        );
      released = await storeGeneratedFile(m, deps, ctx.actor, {
        orgId: req.orgId,
        ownerType: SUBJECT_TYPE,
        ownerId: req.id,
        name: `公开文本-${file.originalName}`,
        bytes: out.bytes,
      });
    } else {
      if (!input.releasedFileId)
        throw badRequest('请上传已作区分处理的公开文本', { field: 'releasedFileId' });
      if (!input.grounds?.length) throw badRequest('请注明已遮盖内容的理由', { field: 'grounds' });
      released = await attachFile(m, {
        fileId: input.releasedFileId,
        ownerType: SUBJECT_TYPE,
        ownerId: req.id,
        orgId: req.orgId,
        by: actor,
      });
      // tenancy: the file was just attached to this application
      const copy = await fileRow(m.trx, released.id);
      if (copy.sm3 === file.sm3)
        throw ruleViolation('上传的公开文本与原件完全相同，未作区分处理', 'SAME_AS_ORIGINAL');
      items = input.grounds.map((ground) => ({ kind: 'uploaded', ground, count: 0, samples: [] }));
    }
    const documentId = await addDocument(m, ctx, req, {
      kind: 'released_copy',
      fileId: released.id,
      title: `公开文本（已作区分处理）：${file.originalName}`,
      visible: false,
    });
    const redactionId = newId();
    const grounds = [...new Set(items.map((i) => i.ground))]
      .map((g) => `${REDACTION_GROUNDS[g].label}（${REDACTION_GROUNDS[g].basis}）`)
      .join('；');
    await m.trx
      .insertInto('disclosureRedactions')
      .values({
        id: redactionId,
        orgId: req.orgId,
        requestId: req.id,
        originalFileId: file.id,
        releasedFileId: released.id,
        method: input.mode === 'auto' ? 'auto_docx' : 'uploaded',
        items: JSON.stringify(items),
        grounds: input.note ? `${grounds}；${input.note}` : grounds,
        createdBy: actor.userId,
        createdAt: m.now.toISOString(),
      })
      .execute();
    return {
      basis: BASIS,
      meta: {
        redactionId,
        documentId,
        originalFileId: file.id,
        releasedFileId: released.id,
        mode: input.mode,
        items: items.map(({ kind, ground, count }) => ({ kind, ground, count })),
      },
      value: { redactionId, releasedFileId: released.id, items },
    };
  });
}
