import type { Instant, IsoDate } from '../../core/db/schema.js';
import type { RiskGrade, RiskLevel } from './decisions.vocabulary.js';

/** 听证会 of a decision (条例 第十六、十七条): announced in advance, materials sent, then its record. */
interface DecisionHearingsTable {
  id: string;
  orgId: string;
  decisionId: string;
  hearingOn: IsoDate;
  place: string;
  /** 听证事项. */
  matters: string;
  /** 听证参加人遴选办法, published in advance. */
  selectionRule: string;
  /** JSON array of { name, role }: the participants list published in advance. */
  participants: string;
  /** The day the notice (time, place, rule, participants) was published. */
  announcedOn: IsoDate;
  materialsSentOn: IsoDate;
  /** 听证会记录 (笔录), confirmed and signed by the participants. */
  record: string | null;
  recordedOn: IsoDate | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** An expert of the town's 决策咨询论证专家库 (第二十一条). */
export interface DecisionExpertsTable {
  id: string;
  orgId: string;
  name: string;
  field: string;
  employer: string;
  createdAt: Instant;
}

/** An expert's declaration of a direct interest in a decision (第二十条): excluded from it. */
interface DecisionExpertConflictsTable {
  id: string;
  orgId: string;
  decisionId: string;
  expertId: string;
  reason: string;
  declaredOn: IsoDate;
}

/** An expert chosen for a decision and their signed written opinion (第十九条). */
interface DecisionExpertPicksTable {
  id: string;
  orgId: string;
  decisionId: string;
  expertId: string;
  chosenOn: IsoDate;
  opinion: string | null;
  signedOn: IsoDate | null;
}

/** 风险评估报告 (第二十三条): one per decision, replaced when the draft is adjusted (第二十四条). */
interface DecisionRiskReportsTable {
  id: string;
  orgId: string;
  decisionId: string;
  points: string;
  measures: string;
  plan: string;
  conclusion: RiskLevel;
  grade: RiskGrade;
  assessor: string;
  reportedOn: IsoDate;
  createdAt: Instant;
  updatedAt: Instant;
}

declare module '../../core/db/schema.js' {
  interface Database {
    decisionHearings: DecisionHearingsTable;
    decisionExperts: DecisionExpertsTable;
    decisionExpertConflicts: DecisionExpertConflictsTable;
    decisionExpertPicks: DecisionExpertPicksTable;
    decisionRiskReports: DecisionRiskReportsTable;
  }
}
