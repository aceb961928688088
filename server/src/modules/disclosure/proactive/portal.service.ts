import type { Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import { CATEGORIES, categoryLabel, categoryOf, ITEM_KINDS, PUBLISH_MODES } from './categories.js';
import { readGuide } from './guide.service.js';
import { ITEM_OWNER } from './item-index.js';
import {
  catalogPage,
  publicCounts,
  publicEntry,
  publicInterpretations,
  searchPublic,
  type SearchOrder,
} from './portal.repository.js';
import { portalTown } from './town.js';
import { attachmentsOf, ownedFile } from '../../files/files.public.js';

// tenancy: the public portal shows published records of the portal's town to anyone

/**
 * What anyone may read without signing in (arts 23–24: the platform offers search, viewing and
 * download). Everything comes from the town's public index, which holds published entries only.
 */

type PublicRow = Awaited<ReturnType<typeof catalogPage>>['items'][number];

const present = (r: PublicRow) => ({
  id: r.id,
  indexNo: r.indexNo,
  kind: r.kind,
  kindLabel: ITEM_KINDS[r.kind],
  category: r.category,
  categoryLabel: categoryLabel(r.category),
  title: r.title,
  summary: r.summary,
  publisherName: r.publisherName,
  docNumber: r.docNumber,
  createdOn: r.createdOn,
  publishedOn: r.publishedOn,
  abolishedOn: r.abolishedOn,
});

export async function publicCatalogue(
  deps: Deps,
  f: {
    category?: string | undefined;
    q?: string | undefined;
    sort: SearchOrder;
    page: number;
    pageSize: number;
  },
) {
  const town = await portalTown(deps);
  const p = {
    townId: town.id,
    category: f.category,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  };
  const res = f.q
    ? await searchPublic(deps.db.kysely, { ...p, query: f.q, order: f.sort })
    : await catalogPage(deps.db.kysely, p);
  return { items: res.items.map(present), total: res.total, page: f.page, pageSize: f.pageSize };
}

export async function publicCategories(deps: Deps) {
  const town = await portalTown(deps);
  const counts = new Map(
    (await publicCounts(deps.db.kysely, town.id)).map((c) => [c.category, Number(c.n)]),
  );
  return {
    townName: town.name,
    categories: CATEGORIES.map((c) => ({
      key: c.key,
      label: c.label,
      text: c.text,
      article: c.article,
      group: c.group,
      count: counts.get(c.key) ?? 0,
    })),
  };
}

export async function publicItem(deps: Deps, id: string) {
  const town = await portalTown(deps);
  const q = deps.db.kysely;
  const row = await publicEntry(q, town.id, id);
  if (!row) throw notFound('该信息不存在或未公开');
  const [interpretations, explains, files] = await Promise.all([
    publicInterpretations(q, town.id, id),
    row.explainsId ? publicEntry(q, town.id, row.explainsId) : undefined,
    attachmentsOf(q, ITEM_OWNER, [id]),
  ]);
  return {
    ...present(row),
    categoryArticle: categoryOf(row.category)?.article ?? '',
    body: row.body,
    groupClass: row.groupClass,
    publishModeLabel: PUBLISH_MODES[row.publishMode],
    explains: explains ? { id: explains.id, title: explains.title } : null,
    interpretations,
    attachments: files.map((f) => ({ id: f.id, name: f.name, size: Number(f.size), mime: f.mime })),
  };
}

/** An attachment of a published entry, for anonymous download; 404 for anything else. */
export async function publicAttachment(deps: Deps, id: string, fileId: string) {
  const town = await portalTown(deps);
  const q = deps.db.kysely;
  if (!(await publicEntry(q, town.id, id))) throw notFound('该信息不存在或未公开');
  const file = await ownedFile(q, { type: ITEM_OWNER, id }, fileId);
  if (!file) throw notFound('附件不存在');
  return file;
}

export async function publicGuide(deps: Deps) {
  return readGuide(deps.db.kysely, await portalTown(deps));
}

/** Who runs the portal: the town and its county for the banner, and whether the records are the demo's. */
export async function portalHost(deps: Deps) {
  const town = await portalTown(deps);
  const county = await deps.db.kysely
    .selectFrom('orgs as t')
    .innerJoin('orgs as c', 'c.id', 't.parentId')
    .select('c.name')
    .where('t.id', '=', town.id)
    .executeTakeFirst();
  return {
    town: { name: town.name, code: town.code },
    county: county?.name ?? null,
    demo: deps.config.demo,
  };
}
