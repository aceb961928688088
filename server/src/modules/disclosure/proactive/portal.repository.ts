import { sql } from 'kysely';
import { isPostgres, type Q } from '../../../core/db/database.js';
import { categoryToken, ftsMatch, townToken, tsMatch } from './portal-search.js';

/** The portal's queries, over disclosure_public_index only (published entries of one town). */

/** The catalogue row's columns for the query builder (entry pages, PostgreSQL search). */
const PUBLIC_COLUMNS = [
  'disclosurePublicIndex.itemId as id',
  'disclosurePublicIndex.indexNo',
  'disclosurePublicIndex.kind',
  'disclosurePublicIndex.category',
  'disclosurePublicIndex.title',
  'disclosurePublicIndex.summary',
  'disclosurePublicIndex.publisherName',
  'disclosurePublicIndex.docNumber',
  'disclosurePublicIndex.createdOn',
  'disclosurePublicIndex.publishedOn',
  'disclosurePublicIndex.abolishedOn',
] as const;

interface PublicPageInput {
  townId: string;
  category?: string | undefined;
  limit: number;
  offset: number;
}

/** The catalogue row as the portal shows it (snake_case here: raw SQL; the CamelCasePlugin maps the result). */
const PUBLIC_SQL_COLUMNS = sql.raw(
  'item_id AS id, index_no, kind, category, title, summary, publisher_name, doc_number, created_on, published_on, abolished_on',
);

interface PublicRow {
  id: string;
  indexNo: string;
  kind: 'information' | 'interpretation';
  category: string;
  title: string;
  summary: string;
  publisherName: string;
  docNumber: string | null;
  createdOn: string;
  publishedOn: string;
  abolishedOn: string | null;
}

/**
 * One page of the catalogue, newest 生成日期 first: a range scan of (town[, category], created_on), with
 * the total from the per-category counts in the same statement. Written as SQL rather than with the
 * query builder: it is the portal's busiest request, and building the query cost as much as running it.
 */
export async function catalogPage(
  q: Q,
  p: PublicPageInput,
): Promise<{ items: PublicRow[]; total: number }> {
  const cat = p.category ? sql` AND category = ${p.category}` : sql``;
  const { rows } = await sql<PublicRow & { total: number | null }>`
    SELECT ${PUBLIC_SQL_COLUMNS}, (SELECT sum(n) FROM disclosure_public_counts WHERE town_id = ${p.townId}${cat}) AS total
    FROM disclosure_public_index WHERE town_id = ${p.townId}${cat}
    ORDER BY created_on DESC, item_id DESC LIMIT ${p.limit} OFFSET ${p.offset}`.execute(q);
  // Past the last page no row carries the total: ask for it alone (rare).
  const total = rows[0]
    ? rows[0].total
    : (
        await sql<{
          n: number | null;
        }>`SELECT sum(n) AS n FROM disclosure_public_counts WHERE town_id = ${p.townId}${cat}`.execute(
          q,
        )
      ).rows[0]?.n;
  return { items: rows.map(({ total: _t, ...r }) => r), total: Number(total ?? 0) };
}

export type SearchOrder = 'date' | 'relevance';

/**
 * Published entries matching a Chinese query: newest published first, or best match first (bm25 /
 * ts_rank, which scores every match and costs more on broad queries). On SQLite the full-text index
 * does all of it — match, town and category scope, count, order, page — and only the page's rows are
 * read from the table; PostgreSQL combines its GIN and B-tree indexes.
 */
export async function searchPublic(
  q: Q,
  p: PublicPageInput & { query: string; order: SearchOrder },
) {
  if (isPostgres(q)) return searchPg(q, p);
  const terms = ftsMatch(p.query);
  if (!terms) return { items: [], total: 0 };
  const match = `(${terms}) AND ${townToken(p.townId)}${p.category ? ` AND ${categoryToken(p.category)}` : ''}`;
  const order = p.order === 'relevance' ? sql`rank` : sql`rowid desc`;
  const [count, page] = await Promise.all([
    sql<{
      n: number;
    }>`select count(*) as n from disclosure_public_fts where disclosure_public_fts match ${match}`.execute(
      q,
    ),
    sql<PublicRow>`
      SELECT ${PUBLIC_SQL_COLUMNS}
      FROM (SELECT rowid, rank FROM disclosure_public_fts WHERE disclosure_public_fts MATCH ${match} ORDER BY ${order} LIMIT ${p.limit} OFFSET ${p.offset}) AS fts
      JOIN disclosure_public_index ON disclosure_public_index.rowid = fts.rowid
      ORDER BY ${p.order === 'relevance' ? sql`fts.rank` : sql`fts.rowid DESC`}`.execute(q),
  ]);
  return { items: page.rows, total: Number(count.rows[0]?.n ?? 0) };
}

async function searchPg(q: Q, p: PublicPageInput & { query: string; order: SearchOrder }) {
  const match = tsMatch(p.query);
  if (!match) return { items: [], total: 0 };
  // `tsv` is the PostgreSQL-only stored tsvector of `tokens` (see the migration). A window count in
  // the page query would look cheaper but makes the planner walk every entry of the town by date.
  const tq = sql`to_tsquery('simple', ${match})`;
  let base = q
    .selectFrom('disclosurePublicIndex')
    .where('townId', '=', p.townId)
    .where(sql<boolean>`disclosure_public_index.tsv @@ ${tq}`);
  if (p.category) base = base.where('category', '=', p.category);
  const page = base
    .select([...PUBLIC_COLUMNS])
    .limit(p.limit)
    .offset(p.offset);
  const [{ n }, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    (p.order === 'relevance'
      ? page.orderBy(sql`ts_rank(disclosure_public_index.tsv, ${tq})`, 'desc')
      : page
    )
      .orderBy('publishedAt', 'desc')
      .orderBy('itemId', 'desc')
      .execute(),
  ]);
  return { items, total: Number(n) };
}

/** A published entry of the town with its body, or undefined. */
export const publicEntry = (q: Q, townId: string, id: string) =>
  q
    .selectFrom('disclosurePublicIndex')
    .innerJoin('disclosureItems', 'disclosureItems.id', 'disclosurePublicIndex.itemId')
    .select([
      ...PUBLIC_COLUMNS,
      'disclosureItems.body',
      'disclosureItems.explainsId',
      'disclosureItems.groupClass',
      'disclosureItems.publishMode',
    ])
    .where('disclosurePublicIndex.townId', '=', townId)
    .where('disclosurePublicIndex.itemId', '=', id)
    .executeTakeFirst();

/** Published 政策解读 of an entry. */
export const publicInterpretations = (q: Q, townId: string, id: string) =>
  q
    .selectFrom('disclosurePublicIndex')
    .innerJoin('disclosureItems', 'disclosureItems.id', 'disclosurePublicIndex.itemId')
    .select([
      'disclosurePublicIndex.itemId as id',
      'disclosurePublicIndex.title',
      'disclosurePublicIndex.publishedOn',
    ])
    .where('disclosurePublicIndex.townId', '=', townId)
    .where('disclosureItems.explainsId', '=', id)
    .orderBy('disclosurePublicIndex.publishedOn')
    .execute();

export const publicCounts = (q: Q, townId: string) =>
  q
    .selectFrom('disclosurePublicCounts')
    .select(['category', 'n'])
    .where('townId', '=', townId)
    .execute();
