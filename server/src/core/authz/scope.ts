import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import { isPostgres, type Q } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import type { Actor } from './actor.js';
import { subtreeEnd } from './subtree-range.js';

/** Tables whose rows belong to an org (they have `orgId`): every read of them goes through here. */
type TenantTable = {
  [K in keyof Database]: Database[K] extends { orgId: string } ? K : never;
}[keyof Database];

/**
 * `orgs.id` of every org the actor can see, as a subquery: the orgs whose path starts with the actor's
 * scope. On SQLite as a range on the path index (subtreeEnd); PostgreSQL's LIKE is already exact and
 * its collation would not order paths byte by byte.
 */
export function visibleOrgIds(q: Q, actor: Actor) {
  const orgs = q.selectFrom('orgs').select('orgs.id');
  return isPostgres(q)
    ? orgs.where('orgs.path', 'like', `${actor.scopePath}%`)
    : orgs
        .where('orgs.path', '>=', actor.scopePath)
        .where('orgs.path', '<', subtreeEnd(actor.scopePath));
}

/**
 * The tenancy gate. Modules read and change tenant rows only through `scoped(q, actor)`: each query
 * starts already limited to the actor's subtree, so a module cannot forget the check. A row outside
 * the subtree is indistinguishable from a missing one (404).
 */
export function scoped(q: Q, actor: Actor) {
  return {
    selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Database, T, {}> {
      const base = q.selectFrom(table as TenantTable) as unknown as SelectQueryBuilder<
        Database,
        TenantTable,
        {}
      >;
      return base.where((eb: ExpressionBuilder<Database, TenantTable>) =>
        eb(eb.ref(`${table}.orgId` as 'orgId'), 'in', visibleOrgIds(q, actor)),
      ) as unknown as SelectQueryBuilder<Database, T, {}>;
    },

    /** The row with this id, or 404 when it does not exist or is outside the actor's subtree. */
    async getById<T extends TenantTable>(table: T, id: string) {
      const row = await this.selectFrom(table)
        .selectAll()
        .where(`${table}.id` as never, '=', id as never)
        .executeTakeFirst();
      if (!row) throw notFound();
      return row;
    },

    /** Throws 404 unless the org is in the actor's subtree (for creates that name a target org). */
    async assertOrgVisible(
      orgId: string,
    ): Promise<{ id: string; path: string; townId: string | null }> {
      const org = await q
        .selectFrom('orgs')
        .select(['id', 'path', 'townId'])
        .where('id', '=', orgId)
        .where('path', 'like', `${actor.scopePath}%`)
        .executeTakeFirst();
      if (!org) throw notFound('机构不存在或不在您的管辖范围内');
      return org;
    },
  };
}
