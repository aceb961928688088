import type { Instant, IsoDate } from '../../../core/db/schema.js';
import type { ItemKind, NormativeKind, PublishMode, WithholdGround } from './categories.js';
import type { ItemState } from './proactive.workflow.js';

/** 主动公开 tables as Kysely sees them (camelCase), merged into the application's `Database`. */
export interface DisclosureItemsTable {
  id: string;
  /** The publishing org (the town or one of its offices). */
  orgId: string;
  /** The town the entry belongs to: the portal lists a town's entries. */
  townId: string;
  /** 索引号, generated: `<org code>/<year>-<5-digit serial>` [P]. */
  indexNo: string;
  kind: ItemKind;
  category: string;
  title: string;
  /** 内容概述 for the catalogue (art 12). */
  summary: string;
  /** Plain text; paragraphs separated by blank lines. */
  body: string;
  /** 文号 */
  docNumber: string | null;
  /** 发布机构, kept as published even if the org is renamed later. */
  publisherName: string;
  /** 组配分类 [P] */
  groupClass: string | null;
  publishMode: PublishMode;
  /** 生成日期: the day the information was formed or last changed; the art 26 clock starts here. */
  createdOn: IsoDate;
  normativeKind: NormativeKind | null;
  /** For 规范性文件: 制发日期 and 废止日期 (annual report 表二). */
  issuedOn: IsoDate | null;
  abolishedOn: IsoDate | null;
  /** For a 政策解读: the entry it explains. */
  explainsId: string | null;
  /** A new version of this published entry; publishing it supersedes the old one. */
  supersedesId: string | null;
  status: ItemState;
  clockId: string | null;
  authorId: string;
  submittedBy: string | null;
  submittedAt: Instant | null;
  reviewedBy: string | null;
  reviewedAt: Instant | null;
  reviewOpinion: string | null;
  returnReason: string | null;
  publishedAt: Instant | null;
  publishedOn: IsoDate | null;
  withholdGround: WithholdGround | null;
  withholdReason: string | null;
  /** Art 18: when the withheld entry is next to be re-assessed. */
  reassessDue: IsoDate | null;
  lastReassessedOn: IsoDate | null;
  withdrawnReason: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/**
 * The portal's own copy of published entries (and nothing else): public pages read only this table,
 * so a draft or withheld entry can never reach them, and its text index serves anonymous search.
 */
interface DisclosurePublicIndexTable {
  itemId: string;
  townId: string;
  category: string;
  kind: ItemKind;
  indexNo: string;
  title: string;
  summary: string;
  publisherName: string;
  docNumber: string | null;
  createdOn: IsoDate;
  publishedOn: IsoDate;
  publishedAt: Instant;
  abolishedOn: IsoDate | null;
  /** Search tokens (core/search/segment.ts) of title, summary, 文号 and body. */
  tokens: string;
}

/** Published entries per town and category, kept in step with the index (the portal's pager totals). */
interface DisclosurePublicCountsTable {
  townId: string;
  category: string;
  n: number;
}

/** 政府信息公开指南 (art 12), one per town, edited by staff and shown publicly. */
export interface DisclosureGuidesTable {
  orgId: string;
  /** 政府信息的分类 (free text beside the generated category list). */
  classification: string;
  /** 编排体系 */
  arrangement: string;
  /** 获取方式 */
  accessMethods: string;
  officeName: string;
  address: string;
  officeHours: string;
  phone: string;
  fax: string;
  website: string;
  email: string;
  updatedBy: string | null;
  updatedAt: Instant;
}

/** Per-town settings of proactive disclosure ([U] values with their defaults in settings.ts). */
interface DisclosureProactiveSettingsTable {
  orgId: string;
  reassessMonths: number;
  updatedBy: string | null;
  updatedAt: Instant;
}

/**
 * Yearly figures for 表二 that this platform does not yet record case by case: 行政许可, 行政处罚 and
 * 行政强制 decisions and 行政事业性收费 (in 分), each entered by staff with its source.
 */
interface DisclosureAnnualStatsTable {
  id: string;
  orgId: string;
  year: number;
  licensingDecisions: number;
  licensingSource: string;
  penaltyDecisions: number;
  penaltySource: string;
  coercionDecisions: number;
  coercionSource: string;
  feesFen: number;
  feesSource: string;
  enteredBy: string | null;
  updatedAt: Instant;
}

declare module '../../../core/db/schema.js' {
  interface Database {
    disclosureItems: DisclosureItemsTable;
    disclosurePublicIndex: DisclosurePublicIndexTable;
    disclosurePublicCounts: DisclosurePublicCountsTable;
    disclosureGuides: DisclosureGuidesTable;
    disclosureProactiveSettings: DisclosureProactiveSettingsTable;
    disclosureAnnualStats: DisclosureAnnualStatsTable;
  }
}
