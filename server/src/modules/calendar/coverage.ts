import type { Q } from '../../core/db/database.js';
import type { MutationScope } from '../../core/mutation.js';
import { createTask } from '../../core/tasks/tasks.js';

/** Inbox task asking the root's system admin to enter a year's State Council holiday notice. */
export const CALENDAR_TASK_KIND = 'calendar.notice_missing';
export const CALENDAR_YEAR_SUBJECT = 'calendar_year';

/** From this month on, next year's notice is expected (the State Council usually publishes in Oct–Dec). */
const NEXT_YEAR_CHECK_MONTH = 11;

/** Years that should have a notice by `today` but do not: the current year, and from November next year. */
export async function missingYears(q: Q, today: string): Promise<number[]> {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const wanted = month >= NEXT_YEAR_CHECK_MONTH ? [year, year + 1] : [year];
  const have = await q
    .selectFrom('calendarNotices')
    .select('year')
    .where('year', 'in', wanted)
    .execute();
  return wanted.filter((y) => !have.some((h) => h.year === y));
}

/**
 * One open task per root of the org tree for each missing year (an existing open task is reused): only
 * an administrator there may enter the notice (calendar.policy.ts). Returns how many were created.
 */
export async function raiseCoverageTasks(m: MutationScope, years: number[]): Promise<number> {
  if (!years.length) return 0;
  const roots = await m.trx
    .selectFrom('orgs')
    .select('id')
    .where('parentId', 'is', null)
    .where('active', '=', 1)
    .execute();
  let created = 0;
  for (const year of years) {
    for (const root of roots) {
      const r = await createTask(m, {
        orgId: root.id,
        module: 'calendar',
        kind: CALENDAR_TASK_KIND,
        subjectType: CALENDAR_YEAR_SUBJECT,
        subjectId: String(year),
        title: `录入${year}年国务院节假日安排`,
        assigneeRole: 'system_admin',
        dueDate: null,
        link: '/admin/calendar',
      });
      if (r.created) created += 1;
    }
  }
  return created;
}
