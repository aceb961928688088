import { sql } from 'kysely';
import type { Q } from '../db/database.js';
import { fixedQuery } from '../db/fixed-query.js';

type Holder = { id: string; name: string; townId: string | null };

const holders = fixedQuery<{ orgId: string; role: string }, Holder>((q, s) =>
  q
    // tenancy: the holders of the role whose own scope covers the task's org
    .selectFrom('userRoles as ur')
    .innerJoin('users as u', 'u.id', 'ur.userId')
    .innerJoin('orgs as uo', 'uo.id', 'u.orgId')
    .leftJoin('orgs as up', 'up.id', 'uo.parentId')
    .innerJoin('orgs as tgt', (j) => j.on('tgt.id', '=', s.orgId))
    .select(['u.id', 'u.displayName as name', 'uo.townId'])
    .where('ur.roleKey', '=', s.role)
    .where('u.status', '=', 'active')
    .where(
      sql<boolean>`tgt.path like (case when uo.kind = 'unit' and up.path is not null then up.path else uo.path end) || '%'`,
    )
    .orderBy('u.displayName'),
);

/**
 * Who holds a role for an org: every active holder of the role whose own scope covers
 * the org (an office works for its whole town, so a unit's staff count at their town) — the same rule
 * as 我的待办. `townId` is null for holders above the town level (they supervise).
 */
export const roleHolders = (q: Q, orgId: string, role: string): Promise<Holder[]> =>
  holders(q, { orgId, role });
