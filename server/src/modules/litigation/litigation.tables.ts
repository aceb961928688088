import type { Flag, Instant, IsoDate } from '../../core/db/schema.js';
import type { LitigationState } from './case.workflow.js';
import type {
  Outcome,
  AppealedBy,
  CaseKind,
  DecisionForm,
  MandatoryReason,
} from './litigation.vocabulary.js';

/** One 行政复议 or 行政诉讼 against the town (or an entrusting body for the town's entrusted acts). */
export interface LitigationCasesTable {
  id: string;
  orgId: string;
  townId: string;
  kind: CaseKind;
  /** 复议机关 / 法院's 案号. */
  caseNo: string;
  /** 案由: the act complained of. */
  title: string;
  /** 申请人 / 原告 (a citizen's name is masked for staff above the town). */
  claimantName: string;
  claimantIsPerson: Flag;
  /** 被申请人 / 被告: the town, or for an act under entrustment the entrusting body (复议法 第十九条). */
  respondent: string;
  entrustingBody: string | null;
  /** 复议机关 (as co-defendant after 维持, 行政诉讼法 第二十六条) or the court. */
  reviewBody: string;
  /** 行政诉讼 after a 行政复议 (复议后起诉); the review body is then a co-defendant when it upheld. */
  afterReconsideration: Flag;
  coDefendant: string | null;
  /** Arises from 政府信息公开 work (counted in 表四 of the disclosure annual report). */
  disclosureRelated: Flag;
  /** 简易程序 (复议法 第五十三条): 5-day answer period. */
  simplified: Flag;
  department: string | null;
  /** The day the copy (复议申请书副本 / 起诉状副本) was received: day 0 of the answer period. */
  receivedOn: IsoDate;
  answerClockId: string | null;
  answerDue: IsoDate;
  appearanceMandatory: Flag;
  mandatoryReason: MandatoryReason | null;
  status: LitigationState;
  consultedOn: IsoDate | null;
  /** JSON array of attendee names and roles (业务分管领导、科室负责人、法律顾问 …). */
  consultAttendees: string | null;
  consultAnalysis: string | null;
  consultDecision: string | null;
  answeredOn: IsoDate | null;
  answerLate: Flag;
  hearingOn: IsoDate | null;
  leaderAppeared: Flag | null;
  leaderName: string | null;
  leaderTitle: string | null;
  standIns: string | null;
  absenceExplanation: string | null;
  outcome: Outcome | null;
  decisionForm: DecisionForm | null;
  concludedOn: IsoDate | null;
  /** 上诉期限 (行政诉讼法 第八十五条), from service of a first-instance decision. */
  appealDue: IsoDate | null;
  appealClockId: string | null;
  /** 上诉: the day the appeal was filed (by the town) or its copy received (the other party's). */
  appealedOn: IsoDate | null;
  appealedBy: AppealedBy | null;
  /** The state the case was in at its latest 会商 (same-day steps are told apart by state, not date). */
  consultStage: LitigationState | null;
  /** The 答辩状 / 答复书 issued through the letter office with the answer. */
  answerFileId: string | null;
  evaluatedOn: IsoDate | null;
  evaluation: string | null;
  rectificationDept: string | null;
  rectificationMeasures: string | null;
  rectifiedOn: IsoDate | null;
  rectificationResult: string | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One 案件会商: the first before the answer, and any later one (before an appeal or a later answer). */
interface LitigationConsultationsTable {
  id: string;
  caseId: string;
  orgId: string;
  heldOn: IsoDate;
  /** The state the case was in: what the 会商 was for. */
  stage: LitigationState;
  /** JSON array of attendee names and roles. */
  attendees: string;
  analysis: string;
  decision: string;
  createdBy: string | null;
  createdAt: Instant;
}

declare module '../../core/db/schema.js' {
  interface Database {
    litigationCases: LitigationCasesTable;
    litigationConsultations: LitigationConsultationsTable;
  }
}
