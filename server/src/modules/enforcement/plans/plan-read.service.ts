import { sql } from 'kysely';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { today, type Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import { offsetOf } from '../../../core/http/paging.js';
import { findOrgByCode } from '../../orgs/orgs.public.js';
import { drawInspections, type DrawnInspection } from './plan.draw.js';
import { planAbilities, planPath } from './plan.step.js';
import { PLAN_ART, PLAN_STATES, type PlanState } from './plan.workflow.js';
import type { EnforcementPlansTable, PlanCandidate } from './plans.tables.js';

// tenancy: staff reads start from scoped(); the portal reads the portal town's published plans only

const parsed = <T>(json: string | null): T | null => (json ? (JSON.parse(json) as T) : null);

/** The draw as recorded, officers named; and whether re-running it from its seed gives the same. */
function drawOf(r: EnforcementPlansTable) {
  const candidates = parsed<PlanCandidate[]>(r.candidates);
  const drawn = parsed<DrawnInspection[]>(r.drawResult);
  if (!r.seed || !candidates || !drawn) return null;
  const byId = new Map(candidates.map((c) => [c.userId, c]));
  const rerun = drawInspections({
    seed: r.seed,
    objects: JSON.parse(r.objects) as string[],
    count: r.drawCount,
    officers: candidates.map((c) => c.userId),
    perInspection: r.officersPerInspection,
  });
  return {
    seed: r.seed,
    drawnOn: r.drawnOn,
    candidates: candidates.map((c) => ({ name: c.name, certNo: c.certNo })),
    inspections: drawn.map((d) => ({
      object: d.object,
      officers: d.officers.map((u) => ({
        name: byId.get(u)?.name ?? '',
        certNo: byId.get(u)?.certNo ?? '',
      })),
    })),
    /** Re-running the draw from the recorded seed, pool and candidates gives the recorded result. */
    reproducible: JSON.stringify(rerun) === JSON.stringify(drawn),
  };
}

function present(r: EnforcementPlansTable) {
  return {
    id: r.id,
    name: r.name,
    year: r.year,
    period: r.period,
    matter: r.matter,
    legalBasis: r.legalBasis,
    objects: JSON.parse(r.objects) as string[],
    drawCount: r.drawCount,
    officersPerInspection: r.officersPerInspection,
    status: r.status,
    statusLabel: PLAN_STATES[r.status],
    publishedOn: r.publishedOn,
    basis: PLAN_ART.random,
    draw: drawOf(r),
  };
}

export async function listPlans(
  deps: Deps,
  ctx: RequestContext,
  f: { year?: number | undefined; status?: PlanState | undefined; page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'enforcement.inspection.read');
  let base = scoped(deps.db.kysely, actor).selectFrom('enforcementPlans');
  if (f.year) base = base.where('year', '=', f.year);
  if (f.status) base = base.where('status', '=', f.status);
  const [{ n }, rows] = await Promise.all([
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    base
      .selectAll()
      .orderBy('year', 'desc')
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset(offsetOf(f))
      .execute(),
  ]);
  return {
    items: rows.map(present),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

export async function getPlan(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'enforcement.inspection.read');
  const q = deps.db.kysely;
  const row = await scoped(q, actor)
    .selectFrom('enforcementPlans')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('该抽查计划不存在或不在您的管辖范围内');
  const ab = await planAbilities(q, actor, row, today(deps));
  return {
    ...present(row),
    abilities: ab.open,
    blocked: ab.blocked,
    ...(await planPath(q, row.id, row.status)),
  };
}

/** 一公开 on the portal (浙江省综合行政执法条例 第二十一条): the portal town's published plans and draws. */
export async function publicPlans(deps: Deps, p: { page: number; pageSize: number }) {
  const q = deps.db.kysely;
  const town = await findOrgByCode(q, deps.config.portalTownCode);
  if (!town) throw notFound('本平台尚未设置门户所属乡镇');
  // tenancy: public page of the portal town; only published plans leave the office
  const base = q
    .selectFrom('enforcementPlans')
    .where('townId', '=', town.id)
    .where('status', '=', 'published');
  const [{ n }, rows] = await Promise.all([
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    base
      .selectAll()
      .orderBy('publishedOn', 'desc')
      .orderBy('id', 'desc')
      .limit(p.pageSize)
      .offset(offsetOf(p))
      .execute(),
  ]);
  return {
    town: town.name,
    items: rows.map(present),
    total: Number(n),
    page: p.page,
    pageSize: p.pageSize,
  };
}
