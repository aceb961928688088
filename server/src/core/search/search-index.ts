import { sql } from 'kysely';
import type { Actor } from '../authz/actor.js';
import { visibleOrgIds } from '../authz/scope.js';
import { isPostgres, type Q } from '../db/database.js';
import { newId } from '../ids.js';
import { indexTokens, queryTerms } from './segment.js';

export interface IndexEntry {
  orgId: string;
  entityType: string;
  entityId: string;
  title: string;
  /** Searchable text besides the title; the first 200 characters are shown as the snippet. */
  body: string;
  /** Permission a reader needs besides seeing the org. */
  permission: string;
  link: string;
}

/** Adds or refreshes one record in the global search, inside the caller's transaction. */
export async function indexEntry(q: Q, e: IndexEntry, now: Date): Promise<void> {
  const row = {
    orgId: e.orgId,
    title: e.title,
    snippet: e.body.replace(/\s+/g, ' ').slice(0, 200),
    tokens: indexTokens(`${e.title} ${e.body}`),
    permission: e.permission,
    link: e.link,
    updatedAt: now.toISOString(),
  };
  await q
    .insertInto('searchEntries')
    .values({ id: newId(), entityType: e.entityType, entityId: e.entityId, ...row })
    .onConflict((oc) => oc.columns(['entityType', 'entityId']).doUpdateSet(row))
    .execute();
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** FTS5: each term matches as a word or as its character phrase; all terms must match. */
const ftsQuery = (terms: ReturnType<typeof queryTerms>) =>
  terms.map((t) => (t.chars.length > 1 ? `(${quote(t.word)} OR ${quote(t.chars.join(' '))})` : quote(t.word))).join(' AND ');

/** PostgreSQL tsquery with the same meaning (<-> is "followed by"). */
const tsQuery = (terms: ReturnType<typeof queryTerms>) =>
  terms
    .map((t) => {
      const lex = (s: string) => `'${s.replaceAll("'", "''").replaceAll('\\', '\\\\')}'`;
      return t.chars.length > 1 ? `(${lex(t.word)} | ${t.chars.map(lex).join(' <-> ')})` : lex(t.word);
    })
    .join(' & ');

/** Records the actor may see (org scope + permission) matching the query, best first. */
export async function searchEntries(q: Q, actor: Actor, query: string, page: { limit: number; offset: number }) {
  const terms = queryTerms(query);
  if (!terms.length) return { items: [], total: 0 };
  const permissions = [...actor.permissions];
  if (!permissions.length) return { items: [], total: 0 };
  let base = q
    .selectFrom('searchEntries')
    .where('searchEntries.orgId', 'in', visibleOrgIds(q, actor))
    .where('searchEntries.permission', 'in', permissions);
  let rank;
  if (isPostgres(q)) {
    const tq = sql`to_tsquery('simple', ${tsQuery(terms)})`;
    base = base.where(sql<boolean>`to_tsvector('simple', search_entries.tokens) @@ ${tq}`);
    rank = sql<number>`ts_rank(to_tsvector('simple', search_entries.tokens), ${tq})`;
  } else {
    base = base.where(sql<boolean>`search_entries.rowid in (select rowid from search_fts where search_fts match ${ftsQuery(terms)})`);
    rank = sql<number>`(select -bm25(search_fts) from search_fts where search_fts match ${ftsQuery(terms)} and search_fts.rowid = search_entries.rowid)`;
  }
  const [{ n }, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select(['entityType', 'entityId', 'title', 'snippet', 'link', 'updatedAt', rank.as('rank')])
      .orderBy('rank', 'desc')
      .orderBy('updatedAt', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return { items, total: Number(n) };
}
