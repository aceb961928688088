import { sql, type SelectQueryBuilder } from 'kysely';
import type { Actor } from '../authz/actor.js';
import { visibleOrgIds } from '../authz/scope.js';
import { isPostgres, type Q } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { newId } from '../ids.js';
import { ftsMatch, indexTokens, tsMatch } from './segment.js';

interface IndexEntry {
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

/**
 * A module's finer rule for one entity type: the ids of that type the actor may open, as a subquery,
 * or null when org scope and permission already say it all.
 */
export type SearchVisibility = (
  q: Q,
  actor: Actor,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each module filters its own table
) => Promise<SelectQueryBuilder<Database, any, { id: string }> | null>;

/** Records the actor may see (org scope, permission, the modules' own rules) matching the query, best first. */
export async function searchEntries(
  q: Q,
  actor: Actor,
  query: string,
  page: { limit: number; offset: number },
  rules: Map<string, SearchVisibility> = new Map(),
) {
  const match = isPostgres(q) ? tsMatch(query) : ftsMatch(query);
  if (!match) return { items: [], total: 0 };
  const permissions = [...actor.permissions];
  if (!permissions.length) return { items: [], total: 0 };
  let base = q
    .selectFrom('searchEntries')
    .where('searchEntries.orgId', 'in', visibleOrgIds(q, actor))
    .where('searchEntries.permission', 'in', permissions);
  for (const [entityType, rule] of rules) {
    const ids = await rule(q, actor);
    if (ids)
      base = base.where((eb) =>
        eb.or([
          eb('searchEntries.entityType', '!=', entityType),
          eb('searchEntries.entityId', 'in', ids),
        ]),
      );
  }
  let rank;
  if (isPostgres(q)) {
    const tq = sql`to_tsquery('simple', ${match})`;
    base = base.where(sql<boolean>`to_tsvector('simple', search_entries.tokens) @@ ${tq}`);
    rank = sql<number>`ts_rank(to_tsvector('simple', search_entries.tokens), ${tq})`;
  } else {
    base = base.where(
      sql<boolean>`search_entries.rowid in (select rowid from search_fts where search_fts match ${match})`,
    );
    rank = sql<number>`(select -bm25(search_fts) from search_fts where search_fts match ${match} and search_fts.rowid = search_entries.rowid)`;
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
