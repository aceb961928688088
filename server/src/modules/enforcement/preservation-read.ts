import type { ClockBadge } from '@fazhi/shared';
import type { WorkCalendar } from '../../core/calendar/index.js';
import type { Q } from '../../core/db/database.js';
import { preservationDueOf } from './evidence-preservation.js';
import { PRESERVATION_OUTCOMES } from './enforcement.vocabulary.js';

// tenancy: called with a case already read through scoped(); these are that case's own rows

/** A case's 先行登记保存 rows (行政处罚法 第五十六条), oldest first, with the approving head's name. */
export const preservationsOf = (q: Q, caseId: string) =>
  q
    .selectFrom('enforcementPreservations as p')
    .leftJoin('users', 'users.id', 'p.approvedBy')
    .selectAll('p')
    .select('users.displayName as approverName')
    .where('p.caseId', '=', caseId)
    .orderBy('p.preservedOn')
    .orderBy('p.id')
    .execute();

type Row = Awaited<ReturnType<typeof preservationsOf>>[number];

/**
 * One preservation as the case page shows it: its due day (its clock's, else the plain count) and
 * whether it is overdue — past the seventh working day without a decision (第八十五条).
 */
export function presentPreservation(
  p: Row,
  badge: ClockBadge | null,
  cal: WorkCalendar,
  day: string,
) {
  const dueDate = badge?.dueDate ?? preservationDueOf(cal, p.preservedOn);
  return {
    id: p.id,
    preservedOn: p.preservedOn,
    evidence: p.evidence,
    approverName: p.approverName,
    dueDate,
    overdue: p.decidedOn === null && (badge ? badge.status === 'overdue' : dueDate < day),
    clockId: p.clockId,
    decidedOn: p.decidedOn,
    outcome: p.outcome,
    outcomeLabel: p.outcome ? PRESERVATION_OUTCOMES[p.outcome] : null,
    note: p.note,
  };
}
