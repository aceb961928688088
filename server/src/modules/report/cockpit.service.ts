import type { Actor, RequestContext } from '../../core/authz/actor.js';
import { can } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { today, type Deps } from '../../core/deps.js';
import { monthsOf } from '../../core/http/drill-down.js';
import { openClocksOf } from '../calendar/calendar.public.js';
import { pageTown } from '../orgs/orgs.public.js';
import { CLOCK_LISTS, TRENDS } from './cockpit-links.js';
import { indicatorLight, openItemsLight } from './cockpit-status.js';
import { defaultCutOff, indicatorSet } from './indicator-set.js';
import { RULE } from './report.service.js';

// tenancy: the town through pageTown(); clocks, counts and indicators through each module's scoped reads

/** The town's report cut-off for the year (the default when it has no report yet). */
async function cutOffOf(q: Q, actor: Actor, townId: string, year: number) {
  const row = await scoped(q, actor)
    .selectFrom('lawReports')
    .select('cutOffOn')
    .where('orgId', '=', townId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row?.cutOffOn ?? defaultCutOff(year);
}

/** Open items and overdue clocks of a town, per module, each with its light and list. */
export async function openItemsOf(q: Q, actor: Actor, townId: string, day: string) {
  return (await openClocksOf(q, actor, townId, day)).map((c) => ({
    ...c,
    light: openItemsLight(c.open, c.overdue),
    web: CLOCK_LISTS[c.subjectType] ?? null,
  }));
}

/**
 * 驾驶舱 of one town for a year (GET /cockpit): open items and overdue clocks per module today, every
 * indicator against last year's with its light (cockpit-status.ts), and each module's records per
 * month — every figure with the list behind it.
 */
export async function cockpitOf(
  deps: Deps,
  ctx: RequestContext,
  f: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'report.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, f.orgId, RULE);
  const day = today(deps);
  const months = monthsOf(f.year);
  const [modules, indicators, trends] = await Promise.all([
    openItemsOf(q, actor, town.id, day),
    cutOffOf(q, actor, town.id, f.year).then((cutOff) =>
      indicatorSet(q, actor, town.id, f.year, cutOff, day),
    ),
    Promise.all(
      TRENDS.filter((t) => can(actor, t.perm)).map(async (t) => {
        const counts = await t.byMonth(q, actor, town.id, f.year);
        return {
          key: t.key,
          label: t.label,
          countedOn: t.countedOn,
          api: t.api,
          web: t.web,
          counts: months.map((m) => counts.get(m) ?? 0),
        };
      }),
    ),
  ]);
  return {
    year: f.year,
    townId: town.id,
    town: town.name,
    day,
    modules,
    indicators: indicators.map((i) => ({
      key: i.key,
      ...(i.figure ? { figure: i.figure } : {}),
      name: i.name,
      unit: i.unit,
      module: i.module,
      source: i.source,
      value: i.value,
      previous: i.previous,
      change: i.change,
      light: indicatorLight(i),
      drillDown: i.drillDown,
    })),
    months,
    trends,
  };
}
