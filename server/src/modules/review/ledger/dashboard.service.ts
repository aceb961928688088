import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { clockBadge } from '../../../core/calendar/index.js';
import { today, type Deps } from '../../../core/deps.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import { ITEM_TYPES, STATE_KEYS, STATES } from '../review.enums.js';

// tenancy: all reads go through `s = scoped(q, actor)`

/** The review dashboard: items by state and every open deadline, red first (review periods and village-rules filings). */
export async function reviewDashboard(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, 'review.ledger.read');
  const q = deps.db.kysely;
  const s = scoped(q, actor);
  const [byState, open, cal] = await Promise.all([
    s
      .selectFrom('reviewItems')
      .select(['reviewItems.state', (eb) => eb.fn.countAll<number>().as('n')])
      .where('reviewItems.channel', '=', 'platform')
      .groupBy('reviewItems.state')
      .execute(),
    s
      .selectFrom('clocks')
      .innerJoin('reviewItems as i', 'i.id', 'clocks.subjectId')
      .innerJoin('orgs as o', 'o.id', 'i.orgId')
      .selectAll('clocks')
      .select(['i.title', 'i.type', 'i.state as itemState', 'o.name as orgName'])
      .where('clocks.subjectType', '=', 'review_item')
      .where('clocks.state', '!=', 'stopped')
      .orderBy('clocks.dueDate')
      .orderBy('clocks.id')
      .limit(200)
      .execute(),
    loadCalendar(q),
  ]);
  const day = today(deps);
  const deadlines = open.map((c) => ({
    itemId: c.subjectId,
    title: c.title,
    typeLabel: ITEM_TYPES[c.type],
    orgName: c.orgName,
    stateLabel: STATES[c.itemState],
    kind: c.purpose === 'review.filing' ? '村规民约备案' : '合法性审查',
    clock: clockBadge(cal, day, c),
  }));
  const counts = { overdue: 0, due_soon: 0, on_track: 0, paused: 0 };
  for (const d of deadlines)
    if (d.clock.status in counts) counts[d.clock.status as keyof typeof counts] += 1;
  return {
    asOf: day,
    byState: STATE_KEYS.map((state) => ({
      state,
      label: STATES[state],
      count: Number(byState.find((r) => r.state === state)?.n ?? 0),
    })),
    deadlineCounts: counts,
    deadlines,
  };
}
