import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { clockOwnerOf } from './clock-owners.js';

// tenancy: clocks read through scoped(), limited to the town's subtree (its offices and villages)

interface OpenClocks {
  /** The clock's subject type, e.g. `dispute`, `disclosure_request`. */
  subjectType: string;
  /** The module as users read it (依申请公开, 矛盾纠纷调解 …). */
  module: string;
  /** Statutory periods still counting or paused (补正, 征求意见): items not yet done. */
  open: number;
  /** Of those, counting and past their due date on `day`. */
  overdue: number;
}

/**
 * The town's open statutory clocks per subject type on `day`: how many items are still within (or
 * past) a period fixed by law or by the town's settings, and how many are overdue. A paused clock is
 * open but not overdue: its period does not run while paused.
 */
export async function openClocksOf(
  q: Q,
  actor: Actor,
  townId: string,
  day: string,
): Promise<OpenClocks[]> {
  const town = q.selectFrom('orgs').select('path').where('id', '=', townId);
  const rows = await scoped(q, actor)
    .selectFrom('clocks')
    .innerJoin('orgs', 'orgs.id', 'clocks.orgId')
    .select((eb) => [
      'clocks.subjectType',
      eb.fn.countAll<number>().as('open'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('clocks.state', '=', 'running'), eb('clocks.dueDate', '<', day)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('overdue'),
    ])
    .where('clocks.state', 'in', ['running', 'paused'])
    .where('orgs.path', 'like', sql<string>`(${town}) || '%'`)
    .groupBy('clocks.subjectType')
    .orderBy('clocks.subjectType')
    .execute();
  return rows.map((r) => ({
    subjectType: r.subjectType,
    module: clockOwnerOf(r.subjectType)?.module ?? r.subjectType,
    open: Number(r.open),
    overdue: Number(r.overdue ?? 0),
  }));
}
