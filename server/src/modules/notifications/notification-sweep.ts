import { addDays, workingDaysAfter } from '../../core/calendar/index.js';
import { today, type Deps } from '../../core/deps.js';
import { mutation } from '../../core/mutation.js';
import { DEFAULT_DAYS_AHEAD, notify, taskRecipients } from '../../core/notifications/notify.js';
import { loadCalendar } from '../calendar/calendar.public.js';

const JOB_CTX = { actor: null, ip: null, userAgent: null, requestId: 'notification-sweep' };

/** No one may ask for more warning than this (working days), so the sweep looks this far ahead at most. */
export const MAX_DAYS_AHEAD = 10;

/**
 * The scheduled notice of deadlines: for every open task with a due date, each person it reaches gets
 * "due soon" once the due day is within their chosen number of working days (work calendar, 调休
 * included), and "overdue" the day after it passes. Dedupe keys carry the due date, so a deadline
 * moved by a pause or an extension is announced again, and a re-run of the same day sends nothing new.
 */
export async function notificationSweep(deps: Deps): Promise<string> {
  const day = today(deps);
  const cal = await loadCalendar(deps.db.kysely);
  const tasks = await deps.db.kysely
    // tenancy: a system job over every town's open tasks; each notice goes to the task's own people
    .selectFrom('tasks')
    .select(['id', 'orgId', 'title', 'link', 'dueDate', 'assigneeUserId', 'assigneeRole'])
    .where('status', '=', 'open')
    .where('dueDate', 'is not', null)
    .where('dueDate', '<=', addDays(day, 3 * MAX_DAYS_AHEAD))
    .execute();
  const settings = new Map(
    (
      await deps.db.kysely
        .selectFrom('notificationSettings')
        .select(['userId', 'daysAhead'])
        .execute()
    ).map((s) => [s.userId, s.daysAhead]),
  );
  return mutation(deps, JOB_CTX, async (m) => {
    let dueSoon = 0;
    let overdue = 0;
    for (const t of tasks) {
      const due = t.dueDate!;
      const left = due >= day ? workingDaysAfter(cal, day, due) : -1;
      for (const userId of await taskRecipients(m.trx, t)) {
        if (left < 0) {
          const sent = await notify(m, {
            userId,
            orgId: t.orgId,
            kind: 'task.overdue',
            title: `已超期：${t.title}`,
            body: `截止日期 ${due} 已过，请尽快办理`,
            link: t.link,
            dedupeKey: `task.overdue:${t.id}:${userId}:${due}`,
          });
          if (sent) overdue += 1;
        } else if (left <= (settings.get(userId) ?? DEFAULT_DAYS_AHEAD)) {
          const sent = await notify(m, {
            userId,
            orgId: t.orgId,
            kind: 'task.due_soon',
            title: `即将到期：${t.title}`,
            body: left === 0 ? `今天（${due}）到期` : `截止日期 ${due}，还剩 ${left} 个工作日`,
            link: t.link,
            dedupeKey: `task.due_soon:${t.id}:${userId}:${due}`,
          });
          if (sent) dueSoon += 1;
        }
      }
    }
    await m.audit({
      action: 'notification.sweep.completed',
      orgId: null,
      meta: { day, tasks: tasks.length, dueSoon, overdue },
    });
    return `${day}：即将到期提醒 ${dueSoon} 条，超期提醒 ${overdue} 条`;
  });
}
