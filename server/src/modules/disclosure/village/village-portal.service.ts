import type { Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import { portalTown } from '../proactive/town.js';
import { VILLAGE_ITEM_OWNER } from './village-item.step.js';
import { villagesOfTown } from './village-org.js';
import {
  AFFAIR_CATEGORIES,
  AFFAIR_CATEGORY_KEYS,
  MATTER_KINDS,
  SUBJECTS,
  type AffairCategory,
  type Subject,
} from './village-vocabulary.js';
import { attachmentsOf, ownedFile } from '../../files/files.public.js';

// tenancy: the public portal shows published village affairs to anyone

/** What villagers read without an account: published items of the portal town's villages only. */

export async function publicVillages(deps: Deps) {
  const town = await portalTown(deps);
  const q = deps.db.kysely;
  const villages = await villagesOfTown(q, town.id);
  const last = await q
    .selectFrom('villageAffairsItems')
    .select(['orgId', 'category', (eb) => eb.fn.max('publishedOn').as('lastOn')])
    .where('townId', '=', town.id)
    .where('status', '=', 'published')
    .groupBy(['orgId', 'category'])
    .execute();
  return {
    townName: town.name,
    villages: villages.map((v) => ({
      id: v.id,
      name: v.name,
      lastPublished: Object.fromEntries(
        AFFAIR_CATEGORY_KEYS.map((c) => [
          c,
          last.find((l) => l.orgId === v.id && l.category === c)?.lastOn ?? null,
        ]),
      ) as Record<AffairCategory, string | null>,
    })),
  };
}

async function publicVillage(deps: Deps, villageId: string) {
  const town = await portalTown(deps);
  const v = await deps.db.kysely
    .selectFrom('orgs')
    .select(['id', 'name', 'townId', 'kind'])
    .where('id', '=', villageId)
    .executeTakeFirst();
  if (!v || v.townId !== town.id || !['village', 'community'].includes(v.kind))
    throw notFound('该村（社区）不存在');
  return v;
}

const ITEM_COLUMNS = [
  'id',
  'category',
  'matterKind',
  'subject',
  'period',
  'occurredOn',
  'title',
  'publishedOn',
] as const;

const present = (r: {
  id: string;
  category: AffairCategory;
  matterKind: keyof typeof MATTER_KINDS;
  subject: string;
  period: string | null;
  occurredOn: string | null;
  title: string;
  publishedOn: string | null;
}) => ({
  ...r,
  categoryLabel: AFFAIR_CATEGORIES[r.category],
  matterKindLabel: MATTER_KINDS[r.matterKind],
  subjectLabel: SUBJECTS[r.subject as Subject]?.label ?? r.subject,
});

export async function publicVillageItems(
  deps: Deps,
  villageId: string,
  f: { category?: AffairCategory | undefined; page: number; pageSize: number },
) {
  const v = await publicVillage(deps, villageId);
  let base = deps.db.kysely
    .selectFrom('villageAffairsItems')
    .where('orgId', '=', v.id)
    .where('status', '=', 'published');
  if (f.category) base = base.where('category', '=', f.category);
  const [{ n }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select([...ITEM_COLUMNS])
      .orderBy('publishedOn', 'desc')
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  return {
    village: { id: v.id, name: v.name },
    items: rows.map(present),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

export async function publicVillageItem(deps: Deps, id: string) {
  const town = await portalTown(deps);
  const q = deps.db.kysely;
  const row = await q
    .selectFrom('villageAffairsItems')
    .innerJoin('orgs', 'orgs.id', 'villageAffairsItems.orgId')
    .select([
      ...ITEM_COLUMNS.map((c) => `villageAffairsItems.${c}` as const),
      'villageAffairsItems.body',
      'villageAffairsItems.orgId',
      'orgs.name as villageName',
    ])
    .where('villageAffairsItems.id', '=', id)
    .where('villageAffairsItems.townId', '=', town.id)
    .where('villageAffairsItems.status', '=', 'published')
    .executeTakeFirst();
  if (!row) throw notFound('该公开事项不存在或未公开');
  const files = await attachmentsOf(q, VILLAGE_ITEM_OWNER, [id]);
  return {
    ...present(row),
    body: row.body,
    village: { id: row.orgId, name: row.villageName },
    basis: SUBJECTS[row.subject as Subject]?.basis ?? '',
    attachments: files.map((f) => ({ ...f, size: Number(f.size) })),
  };
}

export async function publicVillageFile(deps: Deps, id: string, fileId: string) {
  await publicVillageItem(deps, id);
  const file = await ownedFile(deps.db.kysely, { type: VILLAGE_ITEM_OWNER, id }, fileId);
  if (!file) throw notFound('附件不存在');
  return file;
}
