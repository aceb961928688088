import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { badRequest } from '../../core/errors.js';
import { today, type Deps } from '../../core/deps.js';
import { openItemsLight, ranks } from './cockpit-status.js';
import { openItemsOf } from './cockpit.service.js';
import { townsSideBySide } from './county.service.js';

// tenancy: towns, reports and figures through townsSideBySide (visibleOrgIds / scoped)

/**
 * The county's cockpit (GET /cockpit/towns): every town in scope with one indicator's value and rank,
 * its open items and overdue clocks today, and whether its annual report has been submitted (报送);
 * the towns that have not submitted it listed apart.
 */
export async function cockpitTowns(
  deps: Deps,
  ctx: RequestContext,
  f: { year: number; indicator?: string | undefined },
) {
  const actor = authorize(ctx, 'report.read');
  const side = await townsSideBySide(deps, ctx, f.year);
  const indicator = f.indicator
    ? side.indicators.find((i) => i.key === f.indicator)
    : side.indicators[0];
  if (!indicator)
    throw badRequest(`没有指标“${f.indicator ?? ''}”`, { field: 'indicator' }, 'UNKNOWN_INDICATOR');
  const values = side.towns.map((t) => t.values[indicator.key] ?? null);
  const rank = ranks(indicator.key, values);
  const day = today(deps);
  const towns = await Promise.all(
    side.towns.map(async (t, i) => {
      const items = await openItemsOf(deps.db.kysely, actor, t.townId, day);
      const open = items.reduce((s, m) => s + m.open, 0);
      const overdue = items.reduce((s, m) => s + m.overdue, 0);
      return {
        townId: t.townId,
        name: t.name,
        value: values[i]!,
        rank: rank[i]!,
        open,
        overdue,
        light: openItemsLight(open, overdue),
        submitted: t.submitted,
        statusLabel: t.statusLabel,
        reportedAt: t.reportedAt,
      };
    }),
  );
  return {
    year: f.year,
    day,
    indicator,
    indicators: side.indicators,
    towns,
    notSubmitted: towns
      .filter((t) => !t.submitted)
      .map(({ townId, name, statusLabel }) => ({
        townId,
        name,
        statusLabel,
      })),
  };
}
