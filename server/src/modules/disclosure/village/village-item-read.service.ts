import { can, type Actor, type RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import { activeSupervisors } from './supervisors.js';
import type { VillageAffairsItemsTable } from './village.tables.js';
import {
  AFFAIR_CATEGORIES,
  MATTER_KINDS,
  REVIEW_BASIS,
  SUBJECTS,
  type Subject,
} from './village-vocabulary.js';
import { VILLAGE_ITEM_STATES } from './village.workflow.js';
import { VILLAGE_ITEM_OWNER, villageItemAbilities, villageItemPath } from './village-item.step.js';
import { attachmentsOf } from '../../files/files.public.js';

/** Reading 村务公开 items: one item as the list shows it, the scoped query, the list and the detail. */
export function presentVillageItem(
  r: VillageAffairsItemsTable & { villageName: string; authorName: string | null },
) {
  return {
    id: r.id,
    village: { id: r.orgId, name: r.villageName },
    category: r.category,
    categoryLabel: AFFAIR_CATEGORIES[r.category],
    matterKind: r.matterKind,
    matterKindLabel: MATTER_KINDS[r.matterKind],
    subject: r.subject,
    subjectLabel: SUBJECTS[r.subject as Subject]?.label ?? r.subject,
    basis: SUBJECTS[r.subject as Subject]?.basis ?? '',
    period: r.period,
    occurredOn: r.occurredOn,
    title: r.title,
    status: r.status,
    statusLabel: VILLAGE_ITEM_STATES[r.status],
    authorName: r.authorName ?? '—',
    publishedOn: r.publishedOn,
    channelRef: r.channelRef,
    complaintId: r.complaintId,
  };
}

export function villageItemQuery(
  q: Q,
  actor: Actor,
  f: {
    orgId?: string | undefined;
    category?: string | undefined;
    status?: string | undefined;
    year?: number | undefined;
  },
) {
  let query = scoped(q, actor)
    .selectFrom('villageAffairsItems')
    .innerJoin('orgs', 'orgs.id', 'villageAffairsItems.orgId')
    .leftJoin('users', 'users.id', 'villageAffairsItems.authorId')
    .selectAll('villageAffairsItems')
    .select(['orgs.name as villageName', 'users.displayName as authorName']);
  if (f.orgId) query = query.where('villageAffairsItems.orgId', '=', f.orgId);
  if (f.category) query = query.where('villageAffairsItems.category', '=', f.category as never);
  if (f.status) query = query.where('villageAffairsItems.status', '=', f.status as never);
  if (f.year)
    query = query.where((eb) =>
      eb.or([
        eb('villageAffairsItems.period', 'like', `${f.year}-%`),
        eb.and([
          eb('villageAffairsItems.occurredOn', '>=', `${f.year}-01-01`),
          eb('villageAffairsItems.occurredOn', '<=', `${f.year}-12-31`),
        ]),
      ]),
    );
  return query;
}

export async function listVillageItems(
  deps: Deps,
  ctx: RequestContext,
  f: Parameters<typeof villageItemQuery>[2] & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'village_affairs.item.read');
  const base = villageItemQuery(deps.db.kysely, actor, f);
  const [{ n }, rows] = await Promise.all([
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    base
      .orderBy('villageAffairsItems.createdAt', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  return {
    items: rows.map(presentVillageItem),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
    abilities: { create: can(actor, 'village_affairs.item.write') },
  };
}

export async function getVillageItem(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'village_affairs.item.read');
  const q = deps.db.kysely;
  const row = await villageItemQuery(q, actor, {})
    .where('villageAffairsItems.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('该公开事项不存在或不在您的管辖范围内');
  const day = today(deps);
  const [files, reviewer, supervisors, allowed, route] = await Promise.all([
    attachmentsOf(q, VILLAGE_ITEM_OWNER, [id]),
    row.reviewedBy
      ? q
          .selectFrom('users')
          .select('displayName')
          .where('id', '=', row.reviewedBy)
          .executeTakeFirst()
      : undefined,
    activeSupervisors(q, row.orgId, day),
    villageItemAbilities(deps, actor, row),
    villageItemPath(q, row.id, row.status),
  ]);
  return {
    ...presentVillageItem(row),
    body: row.body,
    reviewedBy: reviewer?.displayName ?? null,
    reviewOpinion: row.reviewOpinion,
    supervisors: supervisors.map((s) => ({ name: s.displayName, role: s.role })),
    reviewBasis: REVIEW_BASIS,
    attachments: files.map((f) => ({ ...f, size: Number(f.size) })),
    abilities: allowed.abilities,
    blocked: allowed.blocked,
    ...route,
  };
}
