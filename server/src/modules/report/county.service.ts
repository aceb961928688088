import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped, visibleOrgIds } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { indicatorSets, withCutOffs } from './indicator-set.js';
import { snapshotFigures } from './indicator-snapshots.js';
import { LAW_REPORT_STATES } from './report.workflow.js';

// tenancy: towns and reports read within the actor's subtree (visibleOrgIds / scoped)

/**
 * The towns in the caller's scope side by side (the county's view): each town's indicators for the
 * year and where its annual report stands — who has not yet submitted it (报送) upward.
 */
export async function townsSideBySide(deps: Deps, ctx: RequestContext, year: number) {
  const actor = authorize(ctx, 'report.read');
  const q = deps.db.kysely;
  const towns = await q
    .selectFrom('orgs')
    .select(['id', 'name', 'code'])
    .where('kind', '=', 'town')
    .where('id', 'in', visibleOrgIds(q, actor))
    .orderBy('code')
    .execute();
  const reports = await scoped(q, actor)
    .selectFrom('lawReports')
    .select(['orgId', 'status', 'cutOffOn', 'reportedAt'])
    .where('year', '=', year)
    .execute();
  const day = today(deps);
  const cutOffs = withCutOffs(
    towns.map((t) => t.id),
    reports,
    year,
  );
  // Every town at once, through the snapshots: the towns whose records changed since their snapshot
  // are counted together, each module counting them in one call grouped by town.
  const sets = await indicatorSets(q, actor, cutOffs, year, day, snapshotFigures);
  const first = sets.get(towns[0]?.id ?? '') ?? [];
  const definitions = first.map(({ key, figure, name, unit, source }) => ({
    key,
    ...(figure ? { figure } : {}),
    name,
    unit,
    source,
  }));
  const rows = towns.map((t) => {
    const report = reports.find((r) => r.orgId === t.id);
    const set = sets.get(t.id)!;
    return {
      townId: t.id,
      name: t.name,
      status: report?.status ?? null,
      statusLabel: report ? LAW_REPORT_STATES[report.status] : '未编制',
      submitted: report?.status === 'reported',
      reportedAt: report?.reportedAt ?? null,
      values: Object.fromEntries(set.map((i) => [i.key, i.value])),
    };
  });
  return { year, indicators: definitions, towns: rows };
}
