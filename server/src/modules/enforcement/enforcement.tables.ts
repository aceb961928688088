import type { Flag, Instant, IsoDate } from '../../core/db/schema.js';
import type { CaseState } from './case.workflow.js';
import type {
  AuthorityBasis,
  CollectionGround,
  EnforcementField,
  PartyKind,
  PreservationOutcome,
  Procedure,
} from './enforcement.vocabulary.js';

/** A county body's written entrustment (委托书) to the town: 行政处罚法 第二十条. */
interface EnforcementEntrustmentsTable {
  id: string;
  /** The entrusted town (受委托机关). */
  orgId: string;
  /** 委托机关, the name every document of a case under it carries. */
  entrustingBody: string;
  /** JSON array of EnforcementField: the 委托范围. */
  fields: string;
  /** 委托权限, e.g. 监督检查、调查取证、行政处罚. */
  powers: string;
  documentNo: string | null;
  startsOn: IsoDate;
  endsOn: IsoDate;
  createdBy: string | null;
  createdAt: Instant;
}

/** An officer's 行政执法证 (浙江省综合行政执法条例 第二十八条). */
interface EnforcementCertificatesTable {
  id: string;
  orgId: string;
  userId: string;
  certNo: string;
  /** JSON array of EnforcementField the certificate covers. */
  fields: string;
  issuedOn: IsoDate;
  expiresOn: IsoDate;
  createdBy: string | null;
  createdAt: Instant;
}

export interface EnforcementCasesTable {
  id: string;
  orgId: string;
  townId: string;
  caseNo: string;
  title: string;
  field: EnforcementField;
  authorityBasis: AuthorityBasis;
  entrustmentId: string | null;
  partyName: string;
  partyKind: PartyKind;
  partyAddress: string | null;
  facts: string;
  /** 重大/疑难复杂: 法制审核 (art 58) and 集体讨论 (art 57 ¶2) are required. */
  major: Flag;
  status: CaseState;
  clueOn: IsoDate;
  /** JSON array of user ids: the investigating officers (art 42: at least two). */
  officerIds: string;
  filedOn: IsoDate | null;
  investigatedOn: IsoDate | null;
  /** 元. */
  proposedFine: number | null;
  noticedOn: IsoDate | null;
  noticeDocNo: string | null;
  noticeFileId: string | null;
  hearingRequestedOn: IsoDate | null;
  heardOn: IsoDate | null;
  legalReviewedOn: IsoDate | null;
  legalReviewOpinion: string | null;
  discussedOn: IsoDate | null;
  /** Days added to the art 60 limit by approved extensions. */
  extensionDays: number;
  extensionReason: string | null;
  extensionApprover: string | null;
  decidedOn: IsoDate | null;
  /** 元. */
  fine: number | null;
  penalty: string | null;
  decisionDocNo: string | null;
  decisionFileId: string | null;
  servedOn: IsoDate | null;
  paidOn: IsoDate | null;
  closedOn: IsoDate | null;
  endingReason: string | null;
  /** 普通程序 or 简易程序 (当场处罚, 行政处罚法 第五十一条). */
  procedure: Procedure;
  /** The on-the-spot decision reported to the agency (备案, art 52 ¶3). */
  reportedOn: IsoDate | null;
  /** 当场收缴 (arts 68–69): the day, its ground and the 专用票据 number (art 70). */
  collectedOn: IsoDate | null;
  collectionGround: CollectionGround | null;
  receiptNo: string | null;
  /** The cash handed to the agency (art 71: within two working days of collection). */
  handedOverOn: IsoDate | null;
  /** 催告 (行政强制法 第三十五条) with its letter; the court asked to enforce (第五十三条). */
  urgedOn: IsoDate | null;
  urgeDocNo: string | null;
  urgeFileId: string | null;
  courtAppliedOn: IsoDate | null;
  courtName: string | null;
  /** 加处罚款 owed when the fine was paid (行政处罚法 第七十二条), in fen. */
  surchargeFen: number | null;
  /**
   * Recorded with the decision: it has some social impact and is published (art 48 ¶1); null before the
   * decision. An imported case takes the ledger's column (blank: 是).
   */
  publishable: Flag | null;
  /** 行政处罚决定公开 (art 48); its withdrawal after the decision was changed or revoked. */
  publishedOn: IsoDate | null;
  decisionChangedOn: IsoDate | null;
  publicationWithdrawnOn: IsoDate | null;
  publicationWithdrawalReason: string | null;
  /** A past case brought in from the town's ledger (not run on the platform). */
  importedOn: IsoDate | null;
  /** The case's clock rows (case-clocks.ts): 作出决定 (art 60), 送达 (art 61), 公开 (art 48), 缴纳罚款 (art 67). */
  decisionClockId: string | null;
  serviceClockId: string | null;
  publicationClockId: string | null;
  paymentClockId: string | null;
  /** 当场处罚决定备案 (art 52 ¶3), within the town's working days. */
  reportClockId: string | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/**
 * 先行登记保存 (行政处罚法 第五十六条), any number per case: the day, the evidence listed, who approved
 * it, and the decision on it within its own seven working days (第八十五条), kept as `clockId`.
 */
interface EnforcementPreservationsTable {
  id: string;
  orgId: string;
  townId: string;
  caseId: string;
  preservedOn: IsoDate;
  evidence: string;
  approvedBy: string | null;
  decidedOn: IsoDate | null;
  outcome: PreservationOutcome | null;
  note: string | null;
  decidedBy: string | null;
  clockId: string | null;
  createdAt: Instant;
}

/** 行政处罚法 第六十三条: the "较大数额" fines that carry the right to a hearing, set per town. */
export interface EnforcementSettingsTable {
  orgId: string;
  hearingFineCitizen: number;
  hearingFineOrganisation: number;
  /** 简易程序 limits (art 51: at most 200 / 3,000 元); null keeps the statutory figure. */
  simpleFineCitizen: number | null;
  simpleFineOrganisation: number | null;
  /** Working days within which an on-the-spot decision is reported (备案, art 52 ¶3; local rule [U]). */
  simpleReportDays: number | null;
  /** 执法人员年度培训学时 required (configurable per town); null keeps TRAINING_HOURS_DEFAULT. */
  trainingHours: number | null;
  /**
   * The judgement (art 48 ¶1: 具有一定社会影响) the decide forms start from, for general-procedure and for
   * on-the-spot decisions; null keeps PUBLISHABLE_DEFAULTS. The officers still choose on each decision.
   */
  publishableGeneral: Flag | null;
  publishableSimple: Flag | null;
  updatedBy: string | null;
  updatedAt: Instant;
}

declare module '../../core/db/schema.js' {
  interface Database {
    enforcementEntrustments: EnforcementEntrustmentsTable;
    enforcementCertificates: EnforcementCertificatesTable;
    enforcementCases: EnforcementCasesTable;
    enforcementPreservations: EnforcementPreservationsTable;
    enforcementSettings: EnforcementSettingsTable;
  }
}
