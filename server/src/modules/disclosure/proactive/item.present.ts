import { CLOCK_STATUS_LABELS } from '@fazhi/shared';
import { clockStatusOf, type WorkCalendar } from '../../../core/calendar/index.js';
import { categoryLabel, categoryOf, ITEM_KINDS, PUBLISH_MODES, WITHHOLD_GROUNDS, withholdBasis, type WithholdGround } from './categories.js';
import type { ClockState } from '../../../core/db/schema-machinery.js';
import { ITEM_STATES, type ItemState } from './proactive.workflow.js';

export interface ItemListRow {
  id: string;
  orgId: string;
  orgName: string;
  indexNo: string;
  kind: string;
  category: string;
  title: string;
  summary: string;
  docNumber: string | null;
  publisherName: string;
  groupClass: string | null;
  publishMode: string;
  createdOn: string;
  normativeKind: string | null;
  issuedOn: string | null;
  abolishedOn: string | null;
  status: ItemState;
  publishedOn: string | null;
  reassessDue: string | null;
  withholdGround: string | null;
  clockId: string | null;
  authorName: string | null;
  clockState: ClockState | null;
  clockDueDate: string | null;
  clockBasis: string | null;
}

/** The art 26 clock as lists show it: red once overdue; for published entries, whether in time. */
function clockOf(row: ItemListRow, cal: WorkCalendar, today: string) {
  if (!row.clockState || !row.clockDueDate) return null;
  const s = clockStatusOf(cal, today, { state: row.clockState, dueDate: row.clockDueDate });
  return {
    dueDate: row.clockDueDate,
    status: s.status,
    statusLabel: CLOCK_STATUS_LABELS[s.status],
    daysLeft: s.daysLeft,
    basis: row.clockBasis ?? '',
    inTime: row.publishedOn ? row.publishedOn <= row.clockDueDate : null,
  };
}

export function presentItem(row: ItemListRow, cal: WorkCalendar, today: string) {
  const cat = categoryOf(row.category);
  return {
    id: row.id,
    indexNo: row.indexNo,
    kind: row.kind,
    kindLabel: ITEM_KINDS[row.kind as keyof typeof ITEM_KINDS] ?? row.kind,
    category: row.category,
    categoryLabel: categoryLabel(row.category),
    categoryArticle: cat?.article ?? '',
    title: row.title,
    summary: row.summary,
    docNumber: row.docNumber,
    publisherName: row.publisherName,
    groupClass: row.groupClass,
    publishMode: row.publishMode,
    publishModeLabel: PUBLISH_MODES[row.publishMode as keyof typeof PUBLISH_MODES] ?? row.publishMode,
    createdOn: row.createdOn,
    normativeKind: row.normativeKind,
    issuedOn: row.issuedOn,
    abolishedOn: row.abolishedOn,
    status: row.status,
    statusLabel: ITEM_STATES[row.status],
    publishedOn: row.publishedOn,
    reassessDue: row.reassessDue,
    withholdGround: row.withholdGround,
    authorName: row.authorName ?? '—',
    org: { id: row.orgId, name: row.orgName },
    clock: clockOf(row, cal, today),
  };
}

export const withholdView = (ground: string | null) =>
  ground
    ? { withholdGroundLabel: WITHHOLD_GROUNDS[ground as WithholdGround]?.label ?? ground, withholdBasis: withholdBasis(ground as WithholdGround) }
    : { withholdGroundLabel: null, withholdBasis: null };

/** What the caller may do with this entry now (the UI shows only these buttons). */
