import type { Flag, Instant, IsoDate } from '../../core/db/schema.js';
import type { DecisionState } from './decision.workflow.js';
import type {
  Adoption,
  CatalogueState,
  ChangeKind,
  FcrConclusion,
  Moderation,
  NoticeKind,
  RiskLevel,
} from './decisions.vocabulary.js';

/** 决策事项目录: one per town and year, approved by the Party committee and then published (条例 第三条). */
export interface DecisionCataloguesTable {
  id: string;
  orgId: string;
  year: number;
  status: CatalogueState;
  approvedOn: IsoDate | null;
  /** The meeting that approved it (同级党委同意). */
  approvedBy: string | null;
  publishedOn: IsoDate | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One line of the catalogue, with the columns of the published table. */
export interface DecisionCatalogueEntriesTable {
  id: string;
  orgId: string;
  catalogueId: string;
  seq: number;
  title: string;
  /** 决策主体. */
  decisionBody: string;
  /** 承办科室. */
  leadOffice: string;
  /** 会同单位. */
  partners: string | null;
  /** 法律政策依据. */
  legalBasis: string;
  /** 履行程序要求: JSON array of Procedure keys. */
  procedures: string;
  /** 计划完成时间. */
  plannedBy: IsoDate;
  affectsMarket: Flag;
  /** A withdrawn entry stays in the history and no longer launches a decision. */
  withdrawn: Flag;
  createdAt: Instant;
  updatedAt: Instant;
}

/** 目录调整: every 新增 / 调整 / 撤销 after approval, with the entry before and after. */
interface DecisionCatalogueChangesTable {
  id: string;
  orgId: string;
  catalogueId: string;
  entryId: string;
  kind: ChangeKind;
  reason: string;
  before: string | null;
  after: string;
  changedOn: IsoDate;
  changedBy: string | null;
  createdAt: Instant;
}

/** One major administrative decision, launched from a catalogue entry. */
export interface DecisionsTable {
  id: string;
  orgId: string;
  entryId: string;
  title: string;
  state: DecisionState;
  affectsMarket: Flag;
  riskRequired: Flag;
  proposedOn: IsoDate;
  launchedOn: IsoDate | null;
  /** 决策承办单位 (第十一条). */
  leadOffice: string | null;
  participationWithheld: Flag;
  withheldReason: string | null;
  commentOpensOn: IsoDate | null;
  commentClosesOn: IsoDate | null;
  shortPeriodReason: string | null;
  commentClosedOn: IsoDate | null;
  expertSummary: string | null;
  riskLevel: RiskLevel | null;
  riskReport: string | null;
  fcrConclusion: FcrConclusion | null;
  fcrNote: string | null;
  /** The legality-review item (modules/review) of this decision. */
  reviewItemId: string | null;
  partyReportedOn: IsoDate | null;
  meetingName: string | null;
  meetingOn: IsoDate | null;
  /** JSON: the materials sent, the members' opinions in speaking order, dissent. */
  meetingRecord: string | null;
  departureReason: string | null;
  dissent: string | null;
  decidedOn: IsoDate | null;
  decisionText: string | null;
  publishedOn: IsoDate | null;
  publicationNote: string | null;
  implementingUnit: string | null;
  evaluationNote: string | null;
  changedOn: IsoDate | null;
  changeReason: string | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A version of the draft published for comment, split into articles. */
interface DecisionDraftsTable {
  id: string;
  orgId: string;
  decisionId: string;
  version: number;
  title: string;
  explanation: string | null;
  createdOn: IsoDate;
  createdAt: Instant;
}

interface DecisionDraftArticlesTable {
  id: string;
  orgId: string;
  draftId: string;
  seq: number;
  heading: string;
  text: string;
}

/** A citizen's comment on an article of the draft (or on the whole draft), moderated and answered. */
interface DecisionCommentsTable {
  id: string;
  orgId: string;
  decisionId: string;
  draftId: string;
  articleId: string | null;
  body: string;
  name: string | null;
  /** SM4-sealed phone (personal data), never shown in full. */
  phoneEnc: string | null;
  /** The commenter proved the phone by SMS code (the town asked for it when the comment was made). */
  phoneVerified: Flag;
  submittedAt: Instant;
  moderation: Moderation;
  moderatedBy: string | null;
  adoption: Adoption | null;
  answer: string | null;
  answeredAt: Instant | null;
}

/** A town's settings for 重大行政决策. */
interface DecisionSettingsTable {
  orgId: string;
  /** Portal commenters must verify their phone by SMS code before a comment is accepted. */
  commentSmsRequired: Flag;
  updatedBy: string | null;
  updatedAt: Instant;
}

/** A notice issued through the letter office (征求意见公告, 听证公告, 决策公告, 采纳情况说明): the current one of each kind. */
interface DecisionNoticesTable {
  id: string;
  orgId: string;
  decisionId: string;
  kind: NoticeKind;
  fileId: string;
  docNumber: string;
  issuedOn: IsoDate;
  issuedBy: string | null;
  /** A 听证公告's hearing terms as announced (hearingTerms); null for the other kinds. */
  hearingTerms: string | null;
  createdAt: Instant;
}

/** A notice replaced by a new one of its kind (a rescheduled hearing), kept in the decision's trail. */
interface DecisionSupersededNoticesTable {
  id: string;
  orgId: string;
  decisionId: string;
  kind: NoticeKind;
  fileId: string;
  docNumber: string;
  issuedOn: IsoDate;
  issuedBy: string | null;
  supersededOn: IsoDate;
  /** The 文号 of the notice that replaced it. */
  supersededBy: string;
  createdAt: Instant;
}

declare module '../../core/db/schema.js' {
  interface Database {
    decisionCatalogues: DecisionCataloguesTable;
    decisionCatalogueEntries: DecisionCatalogueEntriesTable;
    decisionCatalogueChanges: DecisionCatalogueChangesTable;
    decisions: DecisionsTable;
    decisionDrafts: DecisionDraftsTable;
    decisionDraftArticles: DecisionDraftArticlesTable;
    decisionComments: DecisionCommentsTable;
    decisionSettings: DecisionSettingsTable;
    decisionNotices: DecisionNoticesTable;
    decisionSupersededNotices: DecisionSupersededNoticesTable;
  }
}
