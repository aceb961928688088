import type { InboxItem, InboxResponse, TaskUrgency } from '@fazhi/shared';
import { sql, type ExpressionBuilder } from 'kysely';
import { can, type Actor, type RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { urgencyBands, urgencyOf } from '../../core/calendar/index.js';
import type { Database } from '../../core/db/schema.js';
import { today, type Deps } from '../../core/deps.js';
import { loadCalendar } from '../calendar/calendar.public.js';

type Eb = ExpressionBuilder<Database & { t: Database['tasks']; o: Database['orgs'] }, 't' | 'o'>;

/** Tasks for the actor by name, or for a role the actor holds when the task's org is in the actor's scope. */
export const assignedTo = (actor: Actor) => (eb: Eb) => {
  const mine = [];
  if (actor.userId) mine.push(eb('t.assigneeUserId', '=', actor.userId));
  if (actor.roles.length)
    mine.push(
      eb.and([
        eb('t.assigneeRole', 'in', actor.roles),
        eb('o.path', 'like', `${actor.scopePath}%`),
      ]),
    );
  return mine.length ? eb.or(mine) : eb.val(false);
};

interface InboxQuery {
  status?: TaskUrgency | undefined;
  page: number;
  pageSize: number;
}

/**
 * 我的待办, a page at a time, in due-date order (no due date last). Status bands come from the
 * calendar as dates, so filtering, counting and sorting all happen in the database: red overdue,
 * yellow due within 3 working days, green otherwise or without a due date.
 */
export async function listInbox(
  deps: Deps,
  ctx: RequestContext,
  query: InboxQuery,
): Promise<
  InboxResponse & {
    page: number;
    pageSize: number;
    total: number;
    abilities: { assign: boolean };
  }
> {
  const actor = authorize(ctx, 'task.read');
  const q = deps.db.kysely;
  const cal = await loadCalendar(q);
  const day = today(deps);
  const { onTrackFrom } = urgencyBands(cal, day);

  const base = q
    .selectFrom('tasks as t')
    .innerJoin('orgs as o', 'o.id', 't.orgId')
    .where('t.status', '=', 'open')
    .where(assignedTo(actor));

  const filtered =
    query.status === 'overdue'
      ? base.where('t.dueDate', '<', day)
      : query.status === 'due_soon'
        ? base.where('t.dueDate', '>=', day).where('t.dueDate', '<', onTrackFrom)
        : query.status === 'on_track'
          ? base.where((eb) =>
              eb.or([eb('t.dueDate', 'is', null), eb('t.dueDate', '>=', onTrackFrom)]),
            )
          : base;

  const [counts, rows, filteredTotal] = await Promise.all([
    base
      .select([
        sql<number>`sum(case when t.due_date < ${day} then 1 else 0 end)`.as('overdue'),
        sql<number>`sum(case when t.due_date >= ${day} and t.due_date < ${onTrackFrom} then 1 else 0 end)`.as(
          'dueSoon',
        ),
        (eb) => eb.fn.countAll<number>().as('total'),
      ])
      .executeTakeFirstOrThrow(),
    filtered
      .leftJoin('clocks as c', 'c.id', 't.clockId')
      .select([
        't.id',
        't.orgId',
        'o.name as orgName',
        'o.townId as taskTownId',
        't.module',
        't.kind',
        't.subjectType',
        't.subjectId',
        't.title',
        't.link',
        't.assigneeUserId',
        't.assigneeRole',
        't.poolRole',
        't.clockId',
        't.dueDate',
        't.createdAt',
        'c.state as clockState',
      ])
      .orderBy(sql`t.due_date is null`)
      .orderBy('t.dueDate')
      .orderBy('t.createdAt')
      .orderBy('t.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    query.status
      ? filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      : null,
  ]);

  const items: InboxItem[] = rows.map(({ clockState, taskTownId, ...t }) => {
    const u = t.dueDate ? urgencyOf(cal, day, t.dueDate) : null;
    return {
      ...t,
      status: u?.status ?? 'on_track',
      daysLeft: u?.daysLeft ?? null,
      paused: clockState === 'paused',
      // Staff above the town supervise a town's task (督办); they never take its steps.
      supervise: !actor.townId && taskTownId !== null,
    };
  });
  const overdue = Number(counts.overdue ?? 0);
  const dueSoon = Number(counts.dueSoon ?? 0);
  const total = Number(counts.total);
  return {
    items,
    counts: { overdue, due_soon: dueSoon, on_track: total - overdue - dueSoon, total },
    page: query.page,
    pageSize: query.pageSize,
    total: filteredTotal ? Number(filteredTotal.n) : total,
    abilities: { assign: can(actor, 'task.assign') && actor.townId !== null },
  };
}
