import { sql, type ExpressionBuilder } from 'kysely';
import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { workingDaysAfter, type WorkCalendar } from '../../../core/calendar/index.js';
import type { Database } from '../../../core/db/schema.js';
import { today, type Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import { offsetOf } from '../../../core/http/paging.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import { hazardAbilities, hazardPath } from './hazard.step.js';
import { HAZARD_STATES, isOverdue, type HazardState } from './hazard.workflow.js';
import type { EnforcementHazardsTable } from './inspections.tables.js';
import { HAZARD_LEVELS } from './inspection.vocabulary.js';

// tenancy: every read starts from scoped()

interface HazardFilter {
  status?: HazardState | undefined;
  /** Open hazards past their deadline (逾期未整改). */
  overdue?: boolean | undefined;
  /** On the 挂牌督办 list (open or 销号). */
  supervised?: boolean | undefined;
}

/** The deadline that runs now: the 督办期限 while supervised, else the 整改期限. */
const deadlineNow = (r: EnforcementHazardsTable) =>
  r.status === 'supervised' || r.status === 'cleared' ? r.supervisionDeadline : r.deadline;

const overdueWhere = (day: string) => (eb: ExpressionBuilder<Database, 'enforcementHazards'>) =>
  eb.or([
    eb.and([eb('status', 'in', ['ordered', 'rectifying']), eb('deadline', '<', day)]),
    eb.and([eb('status', '=', 'supervised'), eb('supervisionDeadline', '<', day)]),
  ]);

function present(r: EnforcementHazardsTable, cal: WorkCalendar, day: string) {
  const due = deadlineNow(r);
  const overdue = isOverdue(r.status, due, day);
  return {
    id: r.id,
    inspectionId: r.inspectionId,
    subjectName: r.subjectName,
    description: r.description,
    level: r.level,
    levelLabel: HAZARD_LEVELS[r.level],
    status: r.status,
    statusLabel: HAZARD_STATES[r.status],
    foundOn: r.foundOn,
    orderedOn: r.orderedOn,
    deadline: r.deadline,
    rectifyingOn: r.rectifyingOn,
    recheckedOn: r.recheckedOn,
    recheckPassed: r.recheckPassed === 1,
    recheckNote: r.recheckNote,
    closedOn: r.closedOn,
    caseId: r.caseId,
    supervisedOn: r.supervisedOn,
    supervisionBody: r.supervisionBody,
    supervisionDeadline: r.supervisionDeadline,
    overdue,
    /** Working days past the deadline (on the work calendar), when overdue. */
    overdueWorkingDays: overdue && due ? Math.max(1, workingDaysAfter(cal, due, day)) : null,
  };
}

export async function listHazards(
  deps: Deps,
  ctx: RequestContext,
  f: HazardFilter & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'enforcement.inspection.read');
  const day = today(deps);
  let base = scoped(deps.db.kysely, actor).selectFrom('enforcementHazards').selectAll();
  if (f.status) base = base.where('status', '=', f.status);
  if (f.overdue) base = base.where(overdueWhere(day));
  if (f.supervised) base = base.where('supervisedOn', 'is not', null);
  const [{ n }, rows, cal] = await Promise.all([
    base
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    base
      .orderBy('foundOn', 'desc')
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset(offsetOf(f))
      .execute(),
    loadCalendar(deps.db.kysely),
  ]);
  return {
    items: rows.map((r) => present(r, cal, day)),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

export async function getHazard(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'enforcement.inspection.read');
  const q = deps.db.kysely;
  const row = await scoped(q, actor)
    .selectFrom('enforcementHazards')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('该隐患不存在或不在您的管辖范围内');
  const day = today(deps);
  const ab = await hazardAbilities(q, actor, row, day);
  return {
    ...present(row, await loadCalendar(q), day),
    abilities: ab.open,
    blocked: ab.blocked,
    ...(await hazardPath(q, row.id, row.status)),
  };
}

/** A year's inspections (school canteens apart) and hazards, with the open and overdue ones today. */
export async function inspectionStats(deps: Deps, ctx: RequestContext, year: number) {
  const actor: Actor = authorize(ctx, 'enforcement.inspection.read');
  const q = deps.db.kysely;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const day = today(deps);
  const inspections = await scoped(q, actor)
    .selectFrom('enforcementInspections')
    .select(['kind', 'joint', sql<number>`count(*)`.as('n')])
    .where('inspectedOn', '>=', from)
    .where('inspectedOn', '<=', to)
    .groupBy(['kind', 'joint'])
    .execute();
  const hazards = scoped(q, actor).selectFrom('enforcementHazards');
  const count = async (b: typeof hazards) =>
    Number((await b.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const inYear = hazards.where('foundOn', '>=', from).where('foundOn', '<=', to);
  const sum = (pred: (r: (typeof inspections)[number]) => boolean) =>
    inspections.filter(pred).reduce((n, r) => n + Number(r.n), 0);
  return {
    year,
    inspections: sum(() => true),
    canteenInspections: sum((r) => r.kind === 'canteen'),
    jointInspections: sum((r) => Number(r.joint) === 1),
    hazards: await count(inYear),
    hazardsClosed: await count(inYear.where('status', 'in', ['closed', 'cleared'])),
    supervised: await count(inYear.where('supervisedOn', 'is not', null)),
    supervisedCleared: await count(inYear.where('status', '=', 'cleared')),
    escalated: await count(inYear.where('status', '=', 'escalated')),
    openNow: await count(
      hazards.where('status', 'in', ['found', 'ordered', 'rectifying', 'supervised']),
    ),
    overdueNow: await count(hazards.where(overdueWhere(day))),
  };
}
