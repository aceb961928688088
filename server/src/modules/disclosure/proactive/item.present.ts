import { clockBadge, type WorkCalendar } from '../../../core/calendar/index.js';
import {
  categoryLabel,
  categoryOf,
  ITEM_KINDS,
  PUBLISH_MODES,
  WITHHOLD_GROUNDS,
  withholdBasis,
  type WithholdGround,
} from './categories.js';
import type { ClockState, ClockUnit } from '../../../core/db/schema-machinery.js';
import { ITEM_STATES, type ItemState } from './proactive.workflow.js';

interface ItemListRow {
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
  clockPurpose: string | null;
  clockStartDate: string | null;
  clockLimitDays: number | null;
  clockUnit: ClockUnit | null;
  clockExtensionDays: number | null;
  clockState: ClockState | null;
  clockStoppedOn: string | null;
  clockDueDate: string | null;
  clockBasis: string | null;
}

/** The art 26 clock as lists show it: red once overdue; for published entries, whether in time. */
function clockOf(row: ItemListRow, cal: WorkCalendar, today: string) {
  if (!row.clockId || !row.clockState || !row.clockDueDate) return null;
  const badge = clockBadge(cal, today, {
    id: row.clockId,
    purpose: row.clockPurpose ?? '',
    startDate: row.clockStartDate ?? '',
    limitDays: row.clockLimitDays ?? 0,
    unit: row.clockUnit ?? 'working',
    extensionDays: row.clockExtensionDays ?? 0,
    dueDate: row.clockDueDate,
    state: row.clockState,
    stoppedOn: row.clockStoppedOn,
    basis: row.clockBasis ?? '',
  });
  return { ...badge, inTime: row.publishedOn ? row.publishedOn <= row.clockDueDate : null };
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
    publishModeLabel:
      PUBLISH_MODES[row.publishMode as keyof typeof PUBLISH_MODES] ?? row.publishMode,
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
    ? {
        withholdGroundLabel: WITHHOLD_GROUNDS[ground as WithholdGround]?.label ?? ground,
        withholdBasis: withholdBasis(ground as WithholdGround),
      }
    : { withholdGroundLabel: null, withholdBasis: null };

/** What the caller may do with this entry now (the UI shows only these buttons). */
