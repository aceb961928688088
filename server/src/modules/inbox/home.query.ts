import type { RequestContext } from '../../core/authz/actor.js';
import { can } from '../../core/authz/actor.js';
import { requireActor } from '../../core/authz/authorize.js';
import { addDays, urgencyOf } from '../../core/calendar/index.js';
import { today, type Deps } from '../../core/deps.js';
import { loadCalendar } from '../calendar/calendar.public.js';
import { MODULE_HOMES, QUICK_LINKS } from './home-links.js';
import { assignedTo } from './inbox.query.js';

/** Sunday of the ISO week of `day` (Monday first, as 本周 is read in China). */
function weekEnd(day: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
  return addDays(day, 7 - dow);
}

/**
 * 首页: the signed-in person's open work, module by module (open, overdue, due this week), the tasks due
 * this week and those overdue, the newest tasks, unread notices and the quick links they may open.
 * People without 我的待办 (citizens, 三员 without tasks) get the links and notices only.
 */
export async function homeOf(deps: Deps, ctx: RequestContext) {
  const actor = requireActor(ctx);
  const q = deps.db.kysely;
  const day = today(deps);
  const sunday = weekEnd(day);
  const links = QUICK_LINKS.filter(
    (l) => !l.perms.length || l.perms.some((p) => can(actor, p)),
  ).map(({ label, path }) => ({ label, path }));
  const unread = actor.userId
    ? Number(
        (
          await q
            // tenancy: the caller's own notices
            .selectFrom('notifications')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('userId', '=', actor.userId)
            .where('readAt', 'is', null)
            .executeTakeFirstOrThrow()
        ).n,
      )
    : 0;
  const empty = { day, weekEnd: sunday, modules: [], dueThisWeek: [], overdue: [], recent: [] };
  if (!can(actor, 'task.read')) return { ...empty, unreadNotifications: unread, links };

  const cal = await loadCalendar(q);
  const mine = q
    .selectFrom('tasks as t')
    .innerJoin('orgs as o', 'o.id', 't.orgId')
    .where('t.status', '=', 'open')
    .where(assignedTo(actor));
  const fields = [
    't.id',
    't.module',
    't.title',
    't.link',
    't.dueDate',
    'o.name as orgName',
  ] as const;
  const [byModule, dueThisWeek, overdue, recent] = await Promise.all([
    mine
      .select((eb) => [
        't.module',
        eb.fn.countAll<number>().as('open'),
        eb.fn
          .sum<number>(eb.case().when('t.dueDate', '<', day).then(1).else(0).end())
          .as('overdue'),
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(eb.and([eb('t.dueDate', '>=', day), eb('t.dueDate', '<=', sunday)]))
              .then(1)
              .else(0)
              .end(),
          )
          .as('dueThisWeek'),
      ])
      .groupBy('t.module')
      .orderBy('t.module')
      .execute(),
    mine
      .select(fields)
      .where('t.dueDate', '>=', day)
      .where('t.dueDate', '<=', sunday)
      .orderBy('t.dueDate')
      .orderBy('t.id')
      .limit(10)
      .execute(),
    mine
      .select(fields)
      .where('t.dueDate', '<', day)
      .orderBy('t.dueDate')
      .orderBy('t.id')
      .limit(10)
      .execute(),
    mine.select(fields).orderBy('t.createdAt', 'desc').orderBy('t.id', 'desc').limit(5).execute(),
  ]);
  const present = (rows: typeof recent) =>
    rows.map((r) => ({
      ...r,
      moduleLabel: MODULE_HOMES[r.module]?.label ?? r.module,
      daysLeft: r.dueDate ? urgencyOf(cal, day, r.dueDate).daysLeft : null,
    }));
  return {
    day,
    weekEnd: sunday,
    modules: byModule.map((m) => ({
      module: m.module,
      label: MODULE_HOMES[m.module]?.label ?? m.module,
      path: MODULE_HOMES[m.module]?.path ?? '/inbox',
      open: Number(m.open),
      overdue: Number(m.overdue ?? 0),
      dueThisWeek: Number(m.dueThisWeek ?? 0),
    })),
    dueThisWeek: present(dueThisWeek),
    overdue: present(overdue),
    recent: present(recent),
    unreadNotifications: unread,
    links,
  };
}
