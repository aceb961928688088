import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import type { Q } from '../../core/db/database.js';
import { today, type Deps } from '../../core/deps.js';
import { provisionalReason, statutoryHolidays } from '../../core/calendar/index.js';
import { mayManageCalendar } from './calendar.policy.js';
import { daysOfNotices, noticeRows } from './calendar.repository.js';

/** Every notice (all versions) with who entered it and how many days of each kind. */
async function allNotices(q: Q, year?: number) {
  const notices = await noticeRows(q, year);
  const days = await daysOfNotices(
    q,
    notices.map((n) => n.id),
  );
  const latest = new Map<number, number>();
  for (const n of notices) latest.set(n.year, Math.max(latest.get(n.year) ?? 0, n.version));
  return notices.map((n) => {
    const own = days.filter((d) => d.noticeId === n.id);
    return {
      summary: {
        id: n.id,
        year: n.year,
        version: n.version,
        title: n.title,
        docNumber: n.docNumber,
        publishedOn: n.publishedOn,
        source: n.source,
        enteredAt: n.enteredAt,
        enteredBy: n.enteredByName,
        holidayCount: own.filter((d) => d.kind === 'holiday').length,
        workdayCount: own.filter((d) => d.kind === 'workday').length,
        effective: latest.get(n.year) === n.version,
      },
      days: own.map((d) => ({ date: d.date, kind: d.kind, name: d.name })),
    };
  });
}

/**
 * Coverage per year, from the first entered year to next year: which notice is effective, and which
 * years are missing (every computation touching them is provisional).
 */
export async function listYears(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, 'calendar.read');
  const notices = await allNotices(deps.db.kysely);
  const thisYear = Number(today(deps).slice(0, 4));
  const first = Math.min(thisYear, ...notices.map((n) => n.summary.year));
  const items = [];
  for (let year = first; year <= thisYear + 1; year++) {
    const versions = notices.filter((n) => n.summary.year === year);
    const effective = versions.find((n) => n.summary.effective)?.summary ?? null;
    items.push({
      year,
      covered: !!effective,
      provisional: !effective,
      versions: versions.length,
      effective,
    });
  }
  return { items, abilities: { manage: await mayManageCalendar(deps.db.kysely, actor) } };
}

/** All versions of a year's notice, newest first, each with its days. */
export async function listNotices(deps: Deps, ctx: RequestContext, year: number) {
  authorize(ctx, 'calendar.read');
  const notices = await allNotices(deps.db.kysely, year);
  return { year, items: notices.map((n) => ({ ...n.summary, days: n.days })) };
}

/**
 * The effective special days of a year: the notice's, or for a year without one the statutory
 * holidays computed from 《全国年节及纪念日放假办法》, provisional with the reason.
 */
export async function listDays(deps: Deps, ctx: RequestContext, year: number) {
  authorize(ctx, 'calendar.read');
  const effective = (await allNotices(deps.db.kysely, year)).find((n) => n.summary.effective);
  if (effective)
    return {
      year,
      covered: true,
      notice: effective.summary,
      days: effective.days,
      provisionalReason: null,
    };
  return {
    year,
    covered: false,
    notice: null,
    days: statutoryHolidays(year),
    provisionalReason: provisionalReason(year),
  };
}
