import { assertTownStaff } from '../../../core/workflow/index.js';
import type { z } from 'zod';
import { type RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest, ruleViolation } from '../../../core/errors.js';
import { attachFile } from '../../../core/files/attach.js';
import { newId } from '../../../core/ids.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { indexEntry } from '../../../core/search/search-index.js';
import { closeTasks, createTask } from '../../../core/tasks/tasks.js';
import { complaintItemPublished } from './complaint.service.js';
import { isPeriod } from './frequency.js';
import { villageChannel } from './qunzhifen-gateway.js';
import { activeSupervisors, isSupervisor } from './supervisors.js';
import type { VillageAffairsItemsTable } from './village.tables.js';
import { villageOf } from './village-org.js';
import { AFFAIR_CATEGORIES, SUBJECTS, type Subject } from './village-vocabulary.js';
import { authorRefusal, VILLAGE_ITEM_STATES } from './village.workflow.js';
import { VILLAGE_ITEM_OWNER, villageDraftForEdit, villageItemStep } from './village-item.step.js';
import type { createVillageItemBody, updateVillageItemBody } from './village.schema.js';

// tenancy: child rows of an item already loaded through scoped()

const link = (id: string) => `/disclosure/village?focus=${id}`;

type Fields = Pick<
  VillageAffairsItemsTable,
  'category' | 'matterKind' | 'subject' | 'period' | 'occurredOn'
>;

/** The law's shape of an item: its subject belongs to its category; regular items name a period, major ones a day. */
function checkShape(f: Fields, day: string) {
  const subject = SUBJECTS[f.subject as Subject];
  if (subject.category !== f.category)
    throw badRequest(
      `“${subject.label}”属于${AFFAIR_CATEGORIES[subject.category]}，请选择正确的类别`,
    );
  if (f.matterKind === 'regular' && (!f.period || !isPeriod(f.period)))
    throw badRequest('一般事项须注明所属期间（如 2024-Q3 或 2024-09）');
  if (f.matterKind === 'major' && !f.occurredOn)
    throw badRequest('重大事项须注明决定或发生日期（应当随时公布）');
  if (f.occurredOn && f.occurredOn > day) throw badRequest('决定或发生日期不能晚于今天');
}

const index = (m: MutationScope, row: VillageAffairsItemsTable) =>
  indexEntry(
    m.trx,
    {
      orgId: row.orgId,
      entityType: VILLAGE_ITEM_OWNER,
      entityId: row.id,
      title: row.title,
      body: `${AFFAIR_CATEGORIES[row.category]} ${VILLAGE_ITEM_STATES[row.status]} ${row.period ?? ''} ${row.body}`,
      permission: 'village_affairs.item.read',
      link: link(row.id),
    },
    m.now,
  );

export async function createVillageItem(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof createVillageItemBody>,
): Promise<string> {
  const actor = authorize(ctx, 'village_affairs.item.write');
  assertTownStaff(actor, 'create');
  const day = today(deps);
  const fields: Fields = {
    category: input.category,
    matterKind: input.matterKind,
    subject: input.subject,
    period: input.matterKind === 'regular' ? (input.period ?? null) : null,
    occurredOn: input.matterKind === 'major' ? (input.occurredOn ?? null) : null,
  };
  checkShape(fields, day);
  return mutation(deps, ctx, async (m) => {
    const village = await villageOf(m.trx, actor, input.orgId ?? actor.orgId);
    const refusal = authorRefusal(await isSupervisor(m.trx, village.id, actor.userId, day));
    if (refusal) throw ruleViolation(refusal, 'SUPERVISOR_CANNOT_DRAFT');
    if (input.complaintId) {
      const c = await m.trx
        .selectFrom('villageAffairsComplaints')
        .select(['orgId', 'status'])
        .where('id', '=', input.complaintId)
        .executeTakeFirst();
      if (!c || c.orgId !== village.id || c.status !== 'ordered')
        throw ruleViolation('只能关联镇政府已责令本村公布、尚未公布的反映');
    }
    const at = m.now.toISOString();
    const row: VillageAffairsItemsTable = {
      id: newId(),
      orgId: village.id,
      townId: village.townId,
      ...fields,
      title: input.title,
      body: input.body,
      status: 'draft',
      authorId: actor.userId ?? `token:${actor.tokenId}`,
      submittedAt: null,
      reviewedBy: null,
      reviewedAt: null,
      reviewOpinion: null,
      publishedAt: null,
      publishedOn: null,
      channelRef: null,
      complaintId: input.complaintId ?? null,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('villageAffairsItems').values(row).execute();
    await index(m, row);
    await m.audit({
      action: 'village_affairs.item.created',
      targetType: VILLAGE_ITEM_OWNER,
      targetId: row.id,
      orgId: village.id,
      basis: SUBJECTS[row.subject as Subject].basis,
      changes: { status: { before: null, after: 'draft' } },
      meta: {
        category: row.category,
        matterKind: row.matterKind,
        period: row.period,
        occurredOn: row.occurredOn,
      },
    });
    return row.id;
  });
}

export async function updateVillageItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  patch: z.infer<typeof updateVillageItemBody>,
) {
  const day = today(deps);
  await mutation(deps, ctx, async (m) => {
    const { actor, row } = await villageDraftForEdit(m.trx, ctx, id);
    if (authorRefusal(await isSupervisor(m.trx, row.orgId, actor.userId, day)))
      throw ruleViolation(authorRefusal(true)!, 'SUPERVISOR_CANNOT_DRAFT');
    const next = {
      ...row,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    } as VillageAffairsItemsTable;
    if (next.matterKind === 'regular') next.occurredOn = null;
    else next.period = null;
    checkShape(next, day);
    const keys = [
      'category',
      'matterKind',
      'subject',
      'period',
      'occurredOn',
      'title',
      'body',
    ] as const;
    const changed = keys.filter((k) => next[k] !== row[k]);
    if (!changed.length) return;
    await m.trx
      .updateTable('villageAffairsItems')
      .set({
        ...Object.fromEntries(changed.map((k) => [k, next[k]])),
        updatedAt: m.now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await index(m, next);
    await m.audit({
      action: 'village_affairs.item.updated',
      targetType: VILLAGE_ITEM_OWNER,
      targetId: id,
      orgId: row.orgId,
      changes: Object.fromEntries(
        changed.map((k) => [
          k,
          {
            before: k === 'body' ? '（原内容）' : row[k],
            after: k === 'body' ? '（新内容）' : next[k],
          },
        ]),
      ),
    });
  });
}

/** To the 村务监督委员会: each current member gets the review in 我的待办. */
export async function submitVillageItem(deps: Deps, ctx: RequestContext, id: string) {
  await villageItemStep(deps, ctx, id, 'submit', async ({ m, record: row, today: day }) => {
    await m.trx
      .updateTable('villageAffairsItems')
      .set({ submittedAt: m.now.toISOString() })
      .where('id', '=', id)
      .execute();
    for (const s of await activeSupervisors(m.trx, row.orgId, day)) {
      if (s.userId === row.authorId) continue;
      await createTask(m, {
        orgId: row.orgId,
        module: 'disclosure',
        kind: 'village_affairs.review',
        subjectType: VILLAGE_ITEM_OWNER,
        subjectId: id,
        title: `村务监督委员会审查：${row.title}`,
        assigneeUserId: s.userId,
        link: link(id),
      });
    }
  });
}

/** Reviewed by the committee: published at once through the 群治分 channel. */
export async function approveVillageItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  opinion: string | undefined,
) {
  await villageItemStep(deps, ctx, id, 'approve', async ({ m, record: row, actor, today: day }) => {
    await closeTasks(m, VILLAGE_ITEM_OWNER, id, 'village_affairs.review');
    const village = await m.trx
      .selectFrom('orgs')
      .select('name')
      .where('id', '=', row.orgId)
      .executeTakeFirstOrThrow();
    const gateway = villageChannel();
    const { externalRef } = await gateway.post(
      m.trx,
      {
        orgId: row.orgId,
        itemId: id,
        villageName: village.name,
        category: AFFAIR_CATEGORIES[row.category],
        title: row.title,
        body: row.body,
        period: row.period,
        publishedOn: day,
      },
      m.now,
    );
    const patch = {
      reviewedBy: actor!.userId,
      reviewedAt: m.now.toISOString(),
      reviewOpinion: opinion ?? null,
      publishedAt: m.now.toISOString(),
      publishedOn: day,
      channelRef: externalRef,
    };
    await index(m, { ...row, ...patch, status: 'published' });
    if (row.complaintId)
      await complaintItemPublished(m, ctx, deps, row.complaintId, {
        id,
        orgId: row.orgId,
        publishedOn: day,
      });
    return {
      patch,
      meta: { channel: gateway.channel, externalRef, opinion: opinion ?? null, publishedOn: day },
    };
  });
}

export async function returnVillageItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  opinion: string,
) {
  await villageItemStep(deps, ctx, id, 'return', async ({ m, actor }) => {
    await closeTasks(m, VILLAGE_ITEM_OWNER, id, 'village_affairs.review');
    return {
      patch: { reviewedBy: actor!.userId, reviewedAt: m.now.toISOString(), reviewOpinion: opinion },
      meta: { opinion },
    };
  });
}

export async function attachToVillageItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  fileId: string,
) {
  await mutation(deps, ctx, async (m) => {
    const { actor, row } = await villageDraftForEdit(m.trx, ctx, id);
    await attachFile(m, {
      fileId,
      ownerType: VILLAGE_ITEM_OWNER,
      ownerId: id,
      orgId: row.orgId,
      by: actor,
    });
  });
}
