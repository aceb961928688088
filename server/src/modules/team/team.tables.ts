import type { Flag, Instant, IsoDate } from '../../core/db/schema.js';
import type { Degree, ServiceKind, ShufaForm, StudyKind } from './team.vocabulary.js';

/** One person of the town's legal team (法治队伍): staff, or an outside adviser. */
export interface TeamMembersTable {
  id: string;
  orgId: string;
  /** Their account, when they have one: their 执法证 are read from the enforcement registry by it. */
  userId: string | null;
  name: string;
  /** 职务: 党建综合办副主任, 执法队员 … */
  post: string;
  /** JSON array of TeamRole. */
  roles: string;
  /** 机关干部 (the town's own staff), not an outside adviser. */
  townStaff: Flag;
  degree: Degree;
  /** The degree is in law (法学). */
  lawMajor: Flag;
  /** Holds the 法律职业资格证书 (passed the national legal professional qualification exam). */
  legalQualification: Flag;
  qualificationNo: string | null;
  joinedOn: IsoDate;
  leftOn: IsoDate | null;
  createdAt: Instant;
  updatedAt: Instant;
}

interface TeamTrainingsTable {
  id: string;
  orgId: string;
  memberId: string;
  heldOn: IsoDate;
  title: string;
  minutes: number;
  createdAt: Instant;
}

/** A legal-adviser contract (政府购买法律顾问服务): the firm's team, its period and scope. */
interface TeamAdviserContractsTable {
  id: string;
  orgId: string;
  firm: string;
  teamName: string;
  /** JSON array of the lawyers' names. */
  lawyers: string;
  scope: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  createdAt: Instant;
}

interface TeamAdviserLogsTable {
  id: string;
  orgId: string;
  contractId: string;
  servedOn: IsoDate;
  kind: ServiceKind;
  summary: string;
  minutes: number;
  createdAt: Instant;
}

/** 学法计划 with its 应知应会 topics (JSON array). */
interface TeamStudyPlansTable {
  id: string;
  orgId: string;
  year: number;
  title: string;
  topics: string;
  createdAt: Instant;
}

interface TeamStudySessionsTable {
  id: string;
  orgId: string;
  planId: string | null;
  kind: StudyKind;
  heldOn: IsoDate;
  title: string;
  lecturer: string | null;
  /** JSON arrays of names: who attended, who was absent (with the reason), the materials studied. */
  attendees: string;
  absentees: string;
  materials: string;
  createdAt: Instant;
}

/** A leader's 述法 (述职述法) for a year, with the panel's scores (JSON [{ panelist, score }]). */
interface TeamShufaReportsTable {
  id: string;
  orgId: string;
  year: number;
  reporter: string;
  reporterPost: string;
  heldOn: IsoDate;
  form: ShufaForm;
  summary: string;
  scores: string;
  createdAt: Instant;
}

declare module '../../core/db/schema.js' {
  interface Database {
    teamMembers: TeamMembersTable;
    teamTrainings: TeamTrainingsTable;
    teamAdviserContracts: TeamAdviserContractsTable;
    teamAdviserLogs: TeamAdviserLogsTable;
    teamStudyPlans: TeamStudyPlansTable;
    teamStudySessions: TeamStudySessionsTable;
    teamShufaReports: TeamShufaReportsTable;
  }
}
