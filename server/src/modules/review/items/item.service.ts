import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest, conflict, forbidden, notFound } from '../../../core/errors.js';
import { attachFile } from '../../../core/files/attach.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { isVillageType, ITEM_TYPES, type ItemType } from '../review.enums.js';
import { itemFieldsSchema, parseFields, type ItemFields } from '../review.fields.js';
import { materialKeys, materialLabel } from '../review.materials.js';
import { partiesOf } from '../review.policy.js';
import type { ReviewItemsTable } from '../review.tables.js';
import {
  currentVersion,
  indexItem,
  insertItem,
  insertVersion,
  ITEM_OWNER,
  loadItem,
  updateItem,
} from './item.repository.js';
import { textOfUpload } from './upload-text.js';

// tenancy: child rows of an item already loaded through scoped()

const VILLAGE_KINDS = ['village', 'community'];
const TOWN_KINDS = ['unit', 'town'];

export interface CreateItemInput {
  type: ItemType;
  title: string;
  summary?: string | undefined;
  orgId?: string | undefined;
  text?: string | undefined;
  docxFileId?: string | undefined;
  fields?: ItemFields | undefined;
  affectsMarket?: boolean | undefined;
}

/** Drafts a new item (草拟) for the actor's office or village; the text is pre-reviewed when it is submitted. */
export async function createItem(
  deps: Deps,
  ctx: RequestContext,
  input: CreateItemInput,
): Promise<string> {
  const actor = authorize(ctx, 'review.item.submit');
  if (input.text && input.docxFileId) throw badRequest('送审稿全文和 Word 文档请二选一');
  // The Word text is read before the transaction opens (the file is attached inside it).
  const text = input.docxFileId
    ? await textOfUpload(deps, deps.db.kysely, actor, input.docxFileId)
    : (input.text ?? '');
  return mutation(deps, ctx, async (m) => {
    const orgId = input.orgId ?? actor.orgId;
    await scoped(m.trx, actor).assertOrgVisible(orgId);
    const org = await m.trx
      .selectFrom('orgs')
      .select(['kind', 'name', 'townId'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    if (!org.townId) throw badRequest('送审单位应为乡镇的科室或村（社区）');
    if (isVillageType(input.type) && !VILLAGE_KINDS.includes(org.kind))
      throw badRequest(`${ITEM_TYPES[input.type]}应由村（社区）送审，请选择所属村（社区）`);
    if (!isVillageType(input.type) && !TOWN_KINDS.includes(org.kind))
      throw badRequest(
        `村（社区）只能送审村级合同和村规民约，“${ITEM_TYPES[input.type]}”应由镇有关科室送审`,
      );
    const id = newId();
    const at = m.now.toISOString();
    const fields = input.fields ?? {};
    const row: ReviewItemsTable = {
      id,
      orgId,
      type: input.type,
      title: input.title,
      summary: input.summary ?? null,
      state: 'draft',
      channel: 'platform',
      track: fields.isTemplate && input.type === 'village_contract' ? 'simplified' : 'standard',
      affectsMarket: input.affectsMarket ? 1 : 0,
      version: 1,
      fields: JSON.stringify(fields),
      returnedFrom: null,
      conclusion: null,
      opinionId: null,
      opinionIssuedOn: null,
      draftOpinion: null,
      submittedBy: null,
      submittedAt: null,
      acceptedOn: null,
      clockId: null,
      filingClockId: null,
      adoption: null,
      feedbackNote: null,
      feedbackAt: null,
      decisionKind: null,
      decidedOn: null,
      decidedBy: null,
      decisionFacts: null,
      filedOn: null,
      archivedAt: null,
      fcrId: null,
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
    };
    await insertItem(m.trx, row);
    await insertVersion(m.trx, {
      itemId: id,
      orgId,
      version: 1,
      text,
      fields: row.fields,
      source: input.docxFileId ? 'docx' : 'text',
      sourceFileId: input.docxFileId ?? null,
      createdBy: actor.userId,
      at,
    });
    if (input.docxFileId) {
      await attachFile(m, {
        fileId: input.docxFileId,
        ownerType: ITEM_OWNER,
        ownerId: id,
        orgId,
        by: actor,
      });
      await m.trx
        .insertInto('reviewMaterials')
        .values({
          id: newId(),
          itemId: id,
          orgId,
          materialKey: 'draft',
          fileId: input.docxFileId,
          note: null,
          addedBy: actor.userId,
          addedAt: at,
        })
        .execute();
    }
    await indexItem(m.trx, row, org.name, m.now);
    await m.audit({
      action: 'review.item.created',
      targetType: 'review_item',
      targetId: id,
      orgId,
      changes: {
        title: { before: null, after: row.title },
        type: { before: null, after: ITEM_TYPES[row.type] },
      },
      meta: { textLength: text.length, source: input.docxFileId ? 'docx' : 'text' },
    });
    return id;
  });
}

/** Edits a draft (or, after 退回补正, its facts): only the submitter, and the text only while drafting. */
export async function updateDraft(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  patch: {
    title?: string | undefined;
    summary?: string | null | undefined;
    text?: string | undefined;
    fields?: ItemFields | undefined;
    affectsMarket?: boolean | undefined;
  },
) {
  const actor = authorize(ctx, 'review.item.submit');
  await mutation(deps, ctx, async (m) => {
    const item = await loadItem(m.trx, actor, id, { lock: true });
    if (!partiesOf(actor, item).has('submitter'))
      throw forbidden('只有送审单位可以修改送审事项', 'NOT_YOUR_STEP');
    if (item.state !== 'draft' && item.state !== 'returned')
      throw conflict('只有草拟中或退回补正的事项可以修改', 'INVALID_STATE');
    if (patch.text !== undefined && item.state !== 'draft')
      throw conflict('退回补正的事项请在重新送审时提交修改后的全文', 'INVALID_STATE');
    const set: Partial<ReviewItemsTable> = {};
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    if (patch.title !== undefined && patch.title !== item.title) {
      set.title = patch.title;
      changes.title = { before: item.title, after: patch.title };
    }
    if (patch.summary !== undefined && patch.summary !== item.summary) {
      set.summary = patch.summary;
      changes.summary = { before: item.summary, after: patch.summary };
    }
    if (patch.affectsMarket !== undefined && (patch.affectsMarket ? 1 : 0) !== item.affectsMarket) {
      set.affectsMarket = patch.affectsMarket ? 1 : 0;
      changes.affectsMarket = { before: item.affectsMarket === 1, after: patch.affectsMarket };
    }
    if (patch.fields !== undefined) {
      set.fields = JSON.stringify(itemFieldsSchema.parse(patch.fields));
      changes.fields = { before: parseFields(item.fields), after: patch.fields };
      if (item.type === 'village_contract')
        set.track = patch.fields.isTemplate ? 'simplified' : 'standard';
    }
    const at = m.now.toISOString();
    if (patch.text !== undefined) {
      const v = await currentVersion(m.trx, item.id, item.version);
      await m.trx
        .updateTable('reviewItemVersions')
        .set({ text: patch.text, fields: set.fields ?? item.fields })
        .where('itemId', '=', item.id)
        .where('version', '=', item.version)
        .execute();
      changes.textLength = { before: v?.text.length ?? 0, after: patch.text.length };
    } else if (set.fields && item.state === 'draft') {
      await m.trx
        .updateTable('reviewItemVersions')
        .set({ fields: set.fields })
        .where('itemId', '=', item.id)
        .where('version', '=', item.version)
        .execute();
    }
    if (!Object.keys(changes).length) return;
    await updateItem(m.trx, item.id, { ...set, updatedAt: at });
    if (set.title || set.summary !== undefined)
      await indexItem(m.trx, { ...item, ...set }, item.orgName, m.now);
    await m.audit({
      action: 'review.item.updated',
      targetType: 'review_item',
      targetId: item.id,
      orgId: item.orgId,
      changes,
    });
  });
}

/** Adds a material (a file, or a note for paper originals) to the checklist while the submitter may still change it. */
export async function addMaterial(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { key: string; fileId?: string | undefined; note?: string | undefined },
) {
  const actor = authorize(ctx, 'review.item.submit');
  return mutation(deps, ctx, async (m) => {
    const item = await loadItem(m.trx, actor, id, { lock: true });
    if (!partiesOf(actor, item).has('submitter'))
      throw forbidden('只有送审单位可以补充送审材料', 'NOT_YOUR_STEP');
    if (!['draft', 'submitted', 'returned'].includes(item.state))
      throw conflict('事项已受理，如需补充材料请由审查人员退回补充', 'INVALID_STATE');
    if (!materialKeys(item.type).includes(input.key))
      throw badRequest(`“${input.key}”不是${ITEM_TYPES[item.type]}的送审材料项目`, {
        allowed: materialKeys(item.type),
      });
    const materialId = newId();
    if (input.fileId)
      await attachFile(m, {
        fileId: input.fileId,
        ownerType: ITEM_OWNER,
        ownerId: item.id,
        orgId: item.orgId,
        by: actor,
      });
    await m.trx
      .insertInto('reviewMaterials')
      .values({
        id: materialId,
        itemId: item.id,
        orgId: item.orgId,
        materialKey: input.key,
        fileId: input.fileId ?? null,
        note: input.note ?? null,
        addedBy: actor.userId,
        addedAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'review.material.added',
      targetType: 'review_item',
      targetId: item.id,
      orgId: item.orgId,
      meta: {
        materialId,
        key: input.key,
        label: materialLabel(item.type, input.key),
        fileId: input.fileId ?? null,
      },
    });
    return materialId;
  });
}

export async function removeMaterial(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  materialId: string,
) {
  const actor = authorize(ctx, 'review.item.submit');
  await mutation(deps, ctx, async (m) => {
    const item = await loadItem(m.trx, actor, id, { lock: true });
    if (!partiesOf(actor, item).has('submitter'))
      throw forbidden('只有送审单位可以删除送审材料', 'NOT_YOUR_STEP');
    if (item.state !== 'draft' && item.state !== 'returned')
      throw conflict('只有草拟中或退回补正的事项可以删除材料', 'INVALID_STATE');
    const row = await m.trx
      .selectFrom('reviewMaterials')
      .selectAll()
      .where('id', '=', materialId)
      .where('itemId', '=', item.id)
      .executeTakeFirst();
    if (!row) throw notFound('材料不存在');
    await m.trx.deleteFrom('reviewMaterials').where('id', '=', materialId).execute();
    await m.audit({
      action: 'review.material.removed',
      targetType: 'review_item',
      targetId: item.id,
      orgId: item.orgId,
      meta: { materialId, key: row.materialKey, fileId: row.fileId },
    });
  });
}
