import type { Actor, RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { attachFile } from '../../core/files/attach.js';
import { badRequest, conflict, notFound, ruleViolation } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation, type MutationScope } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { DISPUTE_OWNER } from './dispute.step.js';
import { ART } from './disputes.vocabulary.js';

// tenancy: each write loads its dispute through scoped(); the child rows read are that dispute's

/** A signature drawn on a phone or tablet: a PNG, small (a signature pad's export is a few KB). */
const SIGNATURE_MAX_BYTES = 512 * 1024;
/** A site photo from the phone's camera. */
const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png'];

async function loadDispute(q: Q, actor: Actor, id: string) {
  const row = await scoped(q, actor)
    .selectFrom('disputes')
    .select(['id', 'orgId', 'outcome', 'agreementFileId', 'mediatorName', 'code'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('该纠纷不存在或不在您的管辖范围内');
  return row;
}

const attach = (m: MutationScope, actor: Actor, d: { id: string; orgId: string }, fileId: string) =>
  attachFile(m, { fileId, ownerType: DISPUTE_OWNER, ownerId: d.id, orgId: d.orgId, by: actor });

/**
 * A party (or the mediator) signs the 调解协议书 on screen (人民调解法 第二十九条: the parties sign, seal or
 * print a finger): the PNG uploaded through the files module is attached to the dispute and linked to
 * the agreement it signs, once per signer.
 */
export async function recordSignature(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { fileId: string; signer: string },
) {
  const actor = authorize(ctx, 'disputes.handle');
  assertTownStaff(actor, 'disputes.dispute.sign');
  const q = deps.db.kysely;
  const d = await loadDispute(q, actor, id);
  if (d.outcome !== 'written' || !d.agreementFileId)
    throw ruleViolation('只有已出具的书面调解协议书可以签名', 'AGREEMENT_REQUIRED', {
      basis: ART.written,
    });
  const parties = await q
    .selectFrom('disputeParties')
    .select('name')
    .where('disputeId', '=', d.id)
    .execute();
  const signers = [...parties.map((p) => p.name), ...(d.mediatorName ? [d.mediatorName] : [])];
  if (!signers.includes(input.signer))
    throw badRequest(`签名人应为本纠纷的当事人或调解员：${signers.join('、')}`, {
      field: 'signer',
    });
  const agreementFileId = d.agreementFileId;
  return mutation(deps, ctx, async (m) => {
    const signed = await m.trx
      .selectFrom('disputeAttachments')
      .select('id')
      .where('agreementFileId', '=', agreementFileId)
      .where('signer', '=', input.signer)
      .executeTakeFirst();
    if (signed) throw conflict(`${input.signer}已在该调解协议书上签名`, 'SIGNATURE_RECORDED');
    const file = await attach(m, actor, d, input.fileId);
    if (file.mime !== 'image/png')
      throw badRequest('签名须为手写板导出的 PNG 图片', { field: 'fileId' });
    if (file.size > SIGNATURE_MAX_BYTES)
      throw badRequest('签名图片不能超过 512 KB', { field: 'fileId' });
    const rowId = newId();
    await m.trx
      .insertInto('disputeAttachments')
      .values({
        id: rowId,
        disputeId: d.id,
        orgId: d.orgId,
        kind: 'signature',
        fileId: file.id,
        signer: input.signer,
        agreementFileId,
        note: null,
        createdBy: actor.userId,
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'disputes.dispute.signed',
      targetType: DISPUTE_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      basis: ART.written,
      meta: { code: d.code, signer: input.signer, fileId: file.id, sm3: file.sm3, agreementFileId },
    });
    return { id: rowId };
  });
}

/** The mediator's photo of the site (a village courtyard, the boundary in dispute), kept with the dispute. */
export async function recordSitePhoto(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { fileId: string; note?: string | undefined },
) {
  const actor = authorize(ctx, 'disputes.handle');
  assertTownStaff(actor, 'disputes.dispute.photo');
  const d = await loadDispute(deps.db.kysely, actor, id);
  return mutation(deps, ctx, async (m) => {
    const file = await attach(m, actor, d, input.fileId);
    if (!PHOTO_TYPES.includes(file.mime))
      throw badRequest('现场照片须为 JPEG 或 PNG 图片', { field: 'fileId' });
    if (file.size > PHOTO_MAX_BYTES)
      throw badRequest('现场照片不能超过 10 MB', { field: 'fileId' });
    const rowId = newId();
    await m.trx
      .insertInto('disputeAttachments')
      .values({
        id: rowId,
        disputeId: d.id,
        orgId: d.orgId,
        kind: 'site_photo',
        fileId: file.id,
        signer: null,
        agreementFileId: null,
        note: input.note ?? null,
        createdBy: actor.userId,
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'disputes.dispute.photo_added',
      targetType: DISPUTE_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      meta: { code: d.code, fileId: file.id, sm3: file.sm3 },
    });
    return { id: rowId };
  });
}

/** The dispute's signatures (for its current agreement) and site photos, for its detail. */
export async function attachmentsOfDispute(
  q: Q,
  d: { id: string; agreementFileId: string | null },
) {
  const rows = await q
    // tenancy: child rows of a dispute the caller loaded through scoped()
    .selectFrom('disputeAttachments')
    .select(['id', 'kind', 'fileId', 'signer', 'agreementFileId', 'note', 'createdAt'])
    .where('disputeId', '=', d.id)
    .orderBy('createdAt')
    .execute();
  return {
    signatures: rows
      .filter((r) => r.kind === 'signature' && r.agreementFileId === d.agreementFileId)
      .map((r) => ({ id: r.id, signer: r.signer!, fileId: r.fileId, signedAt: r.createdAt })),
    photos: rows
      .filter((r) => r.kind === 'site_photo')
      .map((r) => ({ id: r.id, fileId: r.fileId, note: r.note, takenAt: r.createdAt })),
  };
}
