import { can, type Actor } from '../../core/authz/actor.js';
import type { Q } from '../../core/db/database.js';
import { forbidden } from '../../core/errors.js';

/**
 * The State Council's 放假安排 is one calendar for every town, so only someone whose scope is the
 * whole org tree (the root's system administrator, or the CLI) may enter it; a town's administrator
 * reads it but cannot change it for the other towns.
 */
export async function mayManageCalendar(q: Q, actor: Actor): Promise<boolean> {
  if (!can(actor, 'calendar.manage')) return false;
  // tenancy: the question is precisely whether any org lies outside the actor's subtree
  const outside = await q
    .selectFrom('orgs')
    .select('id')
    .where('path', 'not like', `${actor.scopePath}%`)
    .limit(1)
    .executeTakeFirst();
  return !outside;
}

export async function assertMayManageCalendar(q: Q, actor: Actor): Promise<void> {
  if (!(await mayManageCalendar(q, actor))) {
    throw forbidden(
      '全国统一的放假安排只能由最高层级机构的系统管理员（或命令行 npx fazhi calendar import）录入',
      'CALENDAR_ROOT_ONLY',
    );
  }
}
