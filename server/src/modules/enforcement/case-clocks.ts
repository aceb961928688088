import type { RequestContext } from '../../core/authz/actor.js';
import type { MutationScope } from '../../core/mutation.js';
import { createTask } from '../../core/tasks/tasks.js';
import { extendOwnedClock, startClock, stopClock } from '../calendar/calendar.public.js';
import { CASE_PERIODS, type CaseClock } from './case-periods.js';
import { CASE_OWNER } from './case.step.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';

/**
 * A case's clocks (作出决定 第六十条, 先行登记保存处理决定 第五十六条, 送达, 公开, 缴纳罚款, and 当场处罚决定
 * 备案 第五十二条第三款 of the simple procedure), kept as the calendar's clock rows owned by this module (clock-owners.ts: only the case's own 批准延长办案期限 step lengthens one). Each opens at the step
 * that starts its period and stops at the step that satisfies it; a case that ends stops them all.
 * Every function runs inside the step's mutation.
 */

/** The clocks kept on the case row; each 先行登记保存 keeps its own on its row (preservation-steps.service.ts). */
type RowClock = Exclude<CaseClock, 'preservation'>;

const COLUMN = {
  decision: 'decisionClockId',
  service: 'serviceClockId',
  publication: 'publicationClockId',
  payment: 'paymentClockId',
  report: 'reportClockId',
} as const satisfies Record<RowClock, keyof EnforcementCasesTable>;

type Row = Pick<
  EnforcementCasesTable,
  'id' | 'orgId' | 'title' | 'officerIds' | (typeof COLUMN)[RowClock]
>;

/** The handling officer when the case records exactly one, else the town's 执法人员 as a pool. */
function assigneeOf(r: Pick<Row, 'officerIds'>) {
  const ids = JSON.parse(r.officerIds) as string[];
  return ids.length === 1
    ? { assigneeUserId: ids[0] }
    : { assigneeRole: 'enforcement_officer' as const };
}

/**
 * Starts the period's clock from `from` (day 0), owned by the case, of `days` where the town sets the
 * length (the 备案), and puts the period in 我的待办 on that clock (it closes when the clock stops);
 * returns the clock's id.
 */
export async function startCaseClock(
  m: MutationScope,
  r: Pick<Row, 'id' | 'orgId' | 'title' | 'officerIds'>,
  clock: CaseClock,
  from: string,
  days = CASE_PERIODS[clock].days,
) {
  const p = CASE_PERIODS[clock];
  const c = await startClock(m, {
    orgId: r.orgId,
    subjectType: CASE_OWNER,
    subjectId: r.id,
    purpose: p.purpose,
    startDate: from,
    limitDays: days,
    unit: p.unit,
    basis: p.basis,
  });
  await createTask(m, {
    orgId: r.orgId,
    module: 'enforcement',
    kind: `enforcement.${clock}`,
    subjectType: CASE_OWNER,
    subjectId: r.id,
    title: `${p.purpose}：${r.title}`,
    ...assigneeOf(r),
    clockId: c.id,
    clockDueDate: c.dueDate,
    link: `/enforcement/cases/${r.id}`,
  });
  return c.id;
}

/** Opens the period's clock from `from` (day 0); returns the column that keeps it. */
export async function openCaseClock(
  m: MutationScope,
  r: Row,
  clock: RowClock,
  from: string,
  days = CASE_PERIODS[clock].days,
) {
  const id = await startCaseClock(m, r, clock, from, days);
  return { [COLUMN[clock]]: id } as Partial<Record<(typeof COLUMN)[RowClock], string>>;
}

/** Stops the given clocks the case has (stopping a stopped clock is a no-op). */
export async function stopCaseClocks(
  m: MutationScope,
  ctx: RequestContext,
  r: Row,
  on: string,
  clocks = Object.keys(COLUMN) as readonly RowClock[],
) {
  for (const clock of clocks) {
    const id = r[COLUMN[clock]];
    if (id) await stopClock(m, ctx, id, { on });
  }
}

/** 行政处罚法 第六十条: the approved extension lengthens the decision clock; returns its new due date. */
export async function extendDecisionClock(
  m: MutationScope,
  ctx: RequestContext,
  r: Row,
  input: { days: number; reason: string; basis: string; on: string },
) {
  if (!r.decisionClockId) return null;
  return (await extendOwnedClock(m, ctx, r.decisionClockId, input)).dueDate;
}

/** The case's clock ids, for its badges. */
export const caseClockIds = (r: Row) => Object.values(COLUMN).map((c) => r[c]);
