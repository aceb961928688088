import type { Instant, IsoDate } from '../../../core/db/schema.js';
import type { AffairCategory, Frequency, MatterKind } from './village-vocabulary.js';
import type { ComplaintState } from './complaint.workflow.js';
import type { VillageItemState } from './village.workflow.js';

/** 三务公开 tables as Kysely sees them (camelCase), merged into the application's `Database`. */
export interface VillageAffairsItemsTable {
  id: string;
  /** The village (or community) publishing the item. */
  orgId: string;
  townId: string;
  category: AffairCategory;
  matterKind: MatterKind;
  /** What the law lists (村民委员会组织法 第三十条, 浙江实施办法 第二十九条). */
  subject: string;
  /** The period a regular item covers: `2024-Q3` or `2024-09`; null for major matters. */
  period: string | null;
  /** For major matters (随时公布): the day the matter was decided or happened. */
  occurredOn: IsoDate | null;
  title: string;
  body: string;
  status: VillageItemState;
  authorId: string;
  submittedAt: Instant | null;
  reviewedBy: string | null;
  reviewedAt: Instant | null;
  reviewOpinion: string | null;
  publishedAt: Instant | null;
  publishedOn: IsoDate | null;
  /** Reference the 群治分 channel returned for the post. */
  channelRef: string | null;
  /** Published because the town ordered it after a villager's complaint (第三十一条). */
  complaintId: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Publication frequency per village and category ([U] defaults in village-settings.ts). */
interface VillagePublicationRulesTable {
  orgId: string;
  category: AffairCategory;
  frequency: Frequency;
  updatedBy: string | null;
  updatedAt: Instant;
}

/** Town-wide [U] settings of 三务公开: the day of the following month by which a period is due, clocks. */
interface VillageAffairsSettingsTable {
  orgId: string;
  dueDay: number;
  majorDays: number;
  complaintDays: number;
  orderDays: number;
  updatedBy: string | null;
  updatedAt: Instant;
}

/** Members of a village's 村务监督委员会 (浙江实施办法 第三十条): the only people who may review its items. */
interface VillageSupervisorsTable {
  id: string;
  orgId: string;
  userId: string;
  role: 'chair' | 'member';
  electedOn: IsoDate;
  until: IsoDate | null;
  createdBy: string | null;
  createdAt: Instant;
}

/** What was handed to the 群治分 channel (the recording gateway's log; a real adapter would post it). */
interface VillageChannelPostsTable {
  id: string;
  orgId: string;
  itemId: string;
  channel: string;
  payload: string;
  externalRef: string;
  postedAt: Instant;
}

/** A villager's complaint that something was not published or not truthfully (第三十一条). */
export interface VillageAffairsComplaintsTable {
  id: string;
  /** The village complained about. */
  orgId: string;
  townId: string;
  receiptNo: string;
  complainantName: string;
  phoneEnc: string | null;
  phoneIndex: string | null;
  category: AffairCategory;
  kind: 'not_published' | 'untrue';
  matter: string;
  channel: 'visit' | 'letter' | 'phone' | 'online';
  receivedOn: IsoDate;
  status: ComplaintState;
  clockId: string | null;
  orderClockId: string | null;
  handlerId: string | null;
  findings: string | null;
  decisionReason: string | null;
  orderText: string | null;
  orderedOn: IsoDate | null;
  publishedItemId: string | null;
  resultNote: string | null;
  closedOn: IsoDate | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

declare module '../../../core/db/schema.js' {
  interface Database {
    villageAffairsItems: VillageAffairsItemsTable;
    villagePublicationRules: VillagePublicationRulesTable;
    villageAffairsSettings: VillageAffairsSettingsTable;
    villageSupervisors: VillageSupervisorsTable;
    villageChannelPosts: VillageChannelPostsTable;
    villageAffairsComplaints: VillageAffairsComplaintsTable;
  }
}
