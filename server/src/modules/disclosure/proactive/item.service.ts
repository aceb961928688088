import { assertTownStaff } from '../../../core/workflow/index.js';
import type { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize, requireActor } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { isCalendarDate } from '@fazhi/shared';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest, notFound, ruleViolation } from '../../../core/errors.js';
import { attachFile } from '../../../core/files/attach.js';
import { newId } from '../../../core/ids.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { loadCalendar, startClock, stopClock } from '../../calendar/calendar.public.js';
import { closeTasks, createTask } from '../../../core/tasks/tasks.js';
import { categoryBasis } from './categories.js';
import { nextIndexNo } from './index-number.js';
import { attachmentsOf } from '../../files/files.public.js';
import { indexItem, ITEM_OWNER, itemLink } from './item-index.js';
import { presentItem, withholdView } from './item.present.js';
import { draftForEdit, itemAbilities, itemPath } from './item.step.js';
import type { createItemBody, updateItemBody } from './proactive.schema.js';
import {
  ITEM_LIST_COLUMNS,
  itemQuery,
  updateItem,
  userNames,
  visibleItem,
  type ItemFilter,
} from './proactive.repository.js';
import type { DisclosureItemsTable } from './proactive.tables.js';
import { ART26, PUBLISH_PERIOD } from './proactive.workflow.js';
import { townOfOrg } from '../../orgs/orgs.public.js';

// tenancy: linked items and child rows of an item already loaded through scoped()

type CreateInput = z.infer<typeof createItemBody>;
type UpdateInput = z.infer<typeof updateItemBody>;
export type ListFilter = Omit<ItemFilter, 'overdueBefore' | 'reassessBy'> & {
  overdue?: '1' | '0' | undefined;
  reassessDue?: '1' | '0' | undefined;
};

function filterOf(deps: Deps, f: ListFilter): ItemFilter {
  const day = today(deps);
  return {
    ...f,
    overdueBefore: f.overdue === '1' ? day : undefined,
    reassessBy: f.reassessDue === '1' ? day : undefined,
  };
}

/** A page of the catalogue as staff see it (every state), with the art 26 clock of each entry. */
export async function listItems(
  deps: Deps,
  ctx: RequestContext,
  f: ListFilter & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'disclosure.item.read');
  const q = deps.db.kysely;
  const base = itemQuery(q, actor, filterOf(deps, f));
  const [{ n }, rows, cal] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select([...ITEM_LIST_COLUMNS])
      .orderBy('disclosureItems.createdOn', 'desc')
      .orderBy('disclosureItems.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    loadCalendar(q),
  ]);
  const day = today(deps);
  return {
    items: rows.map((r) => presentItem(r, cal, day)),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** Every entry of the filtered list, a page at a time, for the XLSX catalogue. */
export async function* streamItems(deps: Deps, ctx: RequestContext, f: ListFilter) {
  const actor = authorize(ctx, 'disclosure.item.read');
  const q = deps.db.kysely;
  const cal = await loadCalendar(q);
  const day = today(deps);
  const base = itemQuery(q, actor, filterOf(deps, f))
    .select([...ITEM_LIST_COLUMNS])
    .orderBy('disclosureItems.createdOn', 'desc')
    .orderBy('disclosureItems.id', 'desc');
  for (let offset = 0; ; offset += 1000) {
    const rows = await base.limit(1000).offset(offset).execute();
    for (const r of rows) yield presentItem(r, cal, day);
    if (rows.length < 1000) return;
  }
}

export async function getItem(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'disclosure.item.read');
  const q = deps.db.kysely;
  const row = await visibleItem(q, actor, id);
  if (!row) throw notFound('该公开信息不存在或不在您的管辖范围内');
  const [cal, names, files, explains, interpretations] = await Promise.all([
    loadCalendar(q),
    userNames(q, [row.submittedBy, row.reviewedBy]),
    attachmentsOf(q, ITEM_OWNER, [id]),
    row.explainsId
      ? q
          .selectFrom('disclosureItems')
          .select(['id', 'title', 'indexNo'])
          .where('id', '=', row.explainsId)
          .executeTakeFirst()
      : undefined,
    q
      .selectFrom('disclosureItems')
      .select(['id', 'title', 'status'])
      .where('explainsId', '=', id)
      .orderBy('createdOn')
      .execute(),
  ]);
  return {
    ...presentItem(row, cal, today(deps)),
    body: row.body,
    explainsId: row.explainsId,
    explains: explains ?? null,
    interpretations,
    supersedesId: row.supersedesId,
    submittedBy: row.submittedBy ? (names.get(row.submittedBy) ?? row.submittedBy) : null,
    reviewedBy: row.reviewedBy ? (names.get(row.reviewedBy) ?? row.reviewedBy) : null,
    reviewOpinion: row.reviewOpinion,
    returnReason: row.returnReason,
    ...withholdView(row.withholdGround),
    withholdReason: row.withholdReason,
    lastReassessedOn: row.lastReassessedOn,
    withdrawnReason: row.withdrawnReason,
    attachments: files.map((f) => ({ ...f, size: Number(f.size) })),
    ...(await itemAbilities(q, actor, row)),
    ...(await itemPath(q, row.id, row.status)),
  };
}

function checkCreatedOn(createdOn: string, day: string) {
  if (!isCalendarDate(createdOn)) throw badRequest(`生成日期“${createdOn}”不是有效日期`);
  if (createdOn > day) throw badRequest('生成日期不能晚于今天：公开期限自信息形成或变更之日起算');
}

function checkNormative(
  category: string,
  normativeKind: string | null | undefined,
  issuedOn: string | null | undefined,
) {
  if (category !== 'regulations' && (normativeKind || issuedOn))
    throw badRequest('只有“规范性文件”类信息可以填写文件类别和制发日期');
  if (issuedOn && !isCalendarDate(issuedOn)) throw badRequest(`制发日期“${issuedOn}”不是有效日期`);
}

/** A new catalogue entry (draft); the art 26 clock starts at its 生成日期 and the author is reminded. */
export async function createItem(
  deps: Deps,
  ctx: RequestContext,
  input: CreateInput,
): Promise<string> {
  const actor = authorize(ctx, 'disclosure.item.write');
  assertTownStaff(actor, 'create');
  const day = today(deps);
  checkCreatedOn(input.createdOn, day);
  checkNormative(input.category, input.normativeKind, input.issuedOn);
  if (input.kind === 'interpretation' && !input.explainsId)
    throw badRequest('政策解读须注明所解读的政策文件');
  return mutation(deps, ctx, async (m) => {
    const orgId = input.orgId ?? actor.orgId;
    await scoped(m.trx, actor).assertOrgVisible(orgId);
    const town = await townOfOrg(m.trx, orgId);
    if (!town)
      throw ruleViolation('请选择乡镇或其内设机构：政府信息公开目录按乡镇编制', 'NOT_IN_TOWN');
    const org = await m.trx
      .selectFrom('orgs')
      .select(['name', 'kind'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    for (const [ref, what] of [
      [input.explainsId, '所解读的信息'],
      [input.supersedesId, '原信息'],
    ] as const) {
      if (!ref) continue;
      const other = await scoped(m.trx, actor).getById('disclosureItems', ref);
      if (other.townId !== town.id) throw ruleViolation(`${what}须为本镇政府信息公开目录中的信息`);
      if (ref === input.supersedesId && other.status !== 'published')
        throw ruleViolation('只能对已公开的信息发起变更（新版本公开后原信息自动标记为已替代）');
    }
    const id = newId();
    const at = m.now.toISOString();
    const authorId = actor.userId ?? `token:${actor.tokenId}`;
    const row: DisclosureItemsTable = {
      id,
      orgId,
      townId: town.id,
      indexNo: await nextIndexNo(m.trx, town, Number(input.createdOn.slice(0, 4))),
      kind: input.kind,
      category: input.category,
      title: input.title,
      summary: input.summary,
      body: input.body,
      docNumber: input.docNumber ?? null,
      publisherName: org.kind === 'unit' ? `${town.name}${org.name}` : org.name,
      groupClass: input.groupClass ?? null,
      publishMode: input.publishMode,
      createdOn: input.createdOn,
      normativeKind: input.normativeKind ?? null,
      issuedOn: input.issuedOn ?? null,
      abolishedOn: null,
      explainsId: input.explainsId ?? null,
      supersedesId: input.supersedesId ?? null,
      status: 'draft',
      clockId: null,
      authorId,
      submittedBy: null,
      submittedAt: null,
      reviewedBy: null,
      reviewedAt: null,
      reviewOpinion: null,
      returnReason: null,
      publishedAt: null,
      publishedOn: null,
      withholdGround: null,
      withholdReason: null,
      reassessDue: null,
      lastReassessedOn: null,
      withdrawnReason: null,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('disclosureItems').values(row).execute();
    const clock = await startPublishClock(m, row);
    await indexItem(m.trx, row, m.now);
    await m.audit({
      action: 'disclosure.item.created',
      targetType: ITEM_OWNER,
      targetId: id,
      orgId,
      basis: `${categoryBasis(row.category)}；${ART26}`,
      changes: {
        status: { before: null, after: 'draft' },
        title: { before: null, after: row.title },
      },
      meta: {
        indexNo: row.indexNo,
        category: row.category,
        createdOn: row.createdOn,
        dueDate: clock.dueDate,
      },
    });
    return id;
  });
}

async function startPublishClock(m: MutationScope, row: DisclosureItemsTable) {
  const clock = await startClock(m, {
    orgId: row.orgId,
    subjectType: ITEM_OWNER,
    subjectId: row.id,
    purpose: 'disclosure.proactive_publish',
    startDate: row.createdOn,
    ...PUBLISH_PERIOD,
  });
  await m.trx
    .updateTable('disclosureItems')
    .set({ clockId: clock.id })
    .where('id', '=', row.id)
    .execute();
  if (!row.authorId.startsWith('token:')) {
    await createTask(m, {
      orgId: row.orgId,
      module: 'disclosure',
      kind: 'disclosure.publish_due',
      subjectType: ITEM_OWNER,
      subjectId: row.id,
      title: `主动公开期限：${row.title}`,
      assigneeUserId: row.authorId,
      clockId: clock.id,
      link: itemLink(row.id),
    });
  }
  return clock;
}

/** Changes a draft. A new 生成日期 (the information changed) restarts the art 26 period from that day. */
export async function updateDraft(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  patch: UpdateInput,
): Promise<void> {
  const day = today(deps);
  if (patch.createdOn) checkCreatedOn(patch.createdOn, day);
  await mutation(deps, ctx, async (m) => {
    const { row } = await draftForEdit(m.trx, ctx, id);
    const next = {
      ...row,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    } as DisclosureItemsTable;
    checkNormative(next.category, next.normativeKind, next.issuedOn);
    if (next.explainsId && next.explainsId !== row.explainsId)
      await scoped(m.trx, requireActor(ctx)).getById('disclosureItems', next.explainsId);
    const fields = Object.keys(patch).filter(
      (k) =>
        (patch as Record<string, unknown>)[k] !== undefined &&
        (patch as Record<string, unknown>)[k] !== (row as unknown as Record<string, unknown>)[k],
    );
    if (!fields.length) return;
    await updateItem(
      m.trx,
      id,
      Object.fromEntries(fields.map((f) => [f, (next as unknown as Record<string, unknown>)[f]])),
      m.now,
    );
    if (fields.includes('createdOn') && row.clockId) {
      await stopClock(m, ctx, row.clockId, { on: row.createdOn > day ? row.createdOn : day });
      // The reminder follows the new clock (an open identical task would otherwise be reused as is).
      await closeTasks(m, ITEM_OWNER, id, 'disclosure.publish_due');
      await startPublishClock(m, next);
    }
    await indexItem(m.trx, next, m.now);
    const changes = Object.fromEntries(
      fields.map((f) => [
        f,
        {
          before: f === 'body' ? '（原正文）' : (row as unknown as Record<string, unknown>)[f],
          after: f === 'body' ? '（新正文）' : (next as unknown as Record<string, unknown>)[f],
        },
      ]),
    );
    await m.audit({
      action: 'disclosure.item.updated',
      targetType: ITEM_OWNER,
      targetId: id,
      orgId: row.orgId,
      changes,
      basis: fields.includes('createdOn') ? ART26 : null,
    });
  });
}

/** Links an uploaded file to a draft. */
export async function attachToItem(deps: Deps, ctx: RequestContext, id: string, fileId: string) {
  return mutation(deps, ctx, async (m) => {
    const { actor, row } = await draftForEdit(m.trx, ctx, id);
    return attachFile(m, {
      fileId,
      ownerType: ITEM_OWNER,
      ownerId: id,
      orgId: row.orgId,
      by: actor,
    });
  });
}
