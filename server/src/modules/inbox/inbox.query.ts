import type { InboxItem, InboxResponse, TaskUrgency } from '@fazhi/shared';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { urgencyOf } from '../../core/calendar/index.js';
import { today, type Deps } from '../../core/deps.js';
import { loadCalendar } from '../calendar/calendar-loader.js';

/**
 * 我的待办: open tasks assigned to the caller by name, or to a role the caller holds when the task's
 * org is within the caller's scope. Status comes from the calendar (and the task's clock, if any):
 * red overdue, yellow due within 3 working days, green otherwise or without a due date.
 */
export async function listInbox(deps: Deps, ctx: RequestContext, filter?: TaskUrgency): Promise<InboxResponse> {
  const actor = authorize(ctx, 'task.read');
  const q = deps.db.kysely;
  const rows = await q
    .selectFrom('tasks as t')
    .innerJoin('orgs as o', 'o.id', 't.orgId')
    .leftJoin('clocks as c', 'c.id', 't.clockId')
    .select([
      't.id',
      't.orgId',
      'o.name as orgName',
      't.module',
      't.kind',
      't.subjectType',
      't.subjectId',
      't.title',
      't.link',
      't.assigneeUserId',
      't.assigneeRole',
      't.clockId',
      't.dueDate',
      't.createdAt',
      'c.dueDate as clockDueDate',
      'c.state as clockState',
    ])
    .where('t.status', '=', 'open')
    .where((eb) => {
      const mine = [];
      if (actor.userId) mine.push(eb('t.assigneeUserId', '=', actor.userId));
      if (actor.roles.length) mine.push(eb.and([eb('t.assigneeRole', 'in', actor.roles), eb('o.path', 'like', `${actor.scopePath}%`)]));
      return mine.length ? eb.or(mine) : eb.val(false);
    })
    .execute();

  const cal = await loadCalendar(q);
  const day = today(deps);
  const all: InboxItem[] = rows.map(({ clockDueDate, clockState, ...t }) => {
    const dueDate = clockDueDate ?? t.dueDate;
    const u = dueDate ? urgencyOf(cal, day, dueDate) : null;
    return { ...t, dueDate, status: u?.status ?? 'on_track', daysLeft: u?.daysLeft ?? null, paused: clockState === 'paused' };
  });
  all.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

  const counts = { overdue: 0, due_soon: 0, on_track: 0, total: all.length };
  for (const item of all) counts[item.status] += 1;
  return { items: filter ? all.filter((i) => i.status === filter) : all, counts };
}
