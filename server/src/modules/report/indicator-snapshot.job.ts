import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { withCutOffs } from './indicator-set.js';
import { throughSnapshots } from './indicator-snapshots.js';

/** The job's reader: sees every org to count their indicators; holds no other permission. */
const SNAPSHOT_READER: Actor = {
  kind: 'token',
  userId: null,
  tokenId: null,
  name: 'job:indicator-snapshots',
  displayName: '指标快照',
  orgId: '',
  orgKind: 'province',
  townId: null,
  scopePath: '/',
  roles: [],
  permissions: new Set(['report.read']),
};

/**
 * Brings stale 指标快照 up to date in the background — those of this year and last year that someone
 * has read — so the county's view seldom has to count a town while its reader waits. A town is counted
 * again only when its trail has moved, the day has changed or the indicator set has.
 */
export async function refreshIndicatorSnapshots(deps: Deps): Promise<string> {
  const q = deps.db.kysely;
  const day = today(deps);
  const year = Number(day.slice(0, 4));
  let counted = 0;
  for (const y of [year - 1, year]) {
    const kept = await scoped(q, SNAPSHOT_READER)
      .selectFrom('reportIndicatorSnapshots')
      .select('orgId')
      .where('year', '=', y)
      .execute();
    if (!kept.length) continue;
    const ids = kept.map((k) => k.orgId);
    const reports = await scoped(q, SNAPSHOT_READER)
      .selectFrom('lawReports')
      .select(['orgId', 'cutOffOn'])
      .where('year', '=', y)
      .where('orgId', 'in', ids)
      .execute();
    const towns = withCutOffs(ids, reports, y);
    counted += (await throughSnapshots(q, SNAPSHOT_READER, towns, y, day)).counted.length;
  }
  return `${counted} 个乡镇的指标快照已重算`;
}
