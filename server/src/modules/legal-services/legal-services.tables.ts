import type { Flag, Instant, IsoDate } from '../../core/db/schema.js';
import type { AidState } from './aid/aid.workflow.js';
import type {
  AdviserGrade,
  AdviserLogKind,
  AidMatter,
  AppointmentSlot,
  Exemption,
  MeansMethod,
  TicketState,
  VisitChannel,
  VisitOutcome,
  WindowKind,
} from './legal-services.vocabulary.js';

/** A window of the town's station ("3+X"): its ticket prefix, name and what it does. */
export interface LegalServiceWindowsTable {
  id: string;
  orgId: string;
  /** Ticket prefix, one capital letter (A012). */
  code: string;
  name: string;
  kind: WindowKind;
  active: Flag;
  sortOrder: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** The last ticket number given at a window on a day (raised by one upsert … returning). */
interface LegalQueueCountersTable {
  windowId: string;
  day: IsoDate;
  orgId: string;
  lastNumber: number;
}

export interface LegalQueueTicketsTable {
  id: string;
  orgId: string;
  windowId: string;
  day: IsoDate;
  number: number;
  label: string;
  status: TicketState;
  appointmentId: string | null;
  calledAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One visit served (服务登记): who, what, the outcome, any referral, and the visitor's rating. */
export interface LegalServiceVisitsTable {
  id: string;
  orgId: string;
  windowId: string;
  /** The window's kind when the visit was served: the yearly figures count by it. */
  serviceKind: WindowKind;
  servedOn: IsoDate;
  channel: VisitChannel;
  ticketId: string | null;
  visitorName: string;
  visitorPhone: string | null;
  village: string | null;
  topic: string;
  summary: string | null;
  outcome: VisitOutcome;
  /** 转介: where the visitor was sent (矛调中心, 法律援助中心, 法院 …). */
  referral: string | null;
  handlerId: string | null;
  handlerName: string;
  /** 1–5 stars, given by the visitor after the visit. */
  rating: number | null;
  ratingComment: string | null;
  ratedAt: Instant | null;
  createdAt: Instant;
}

export interface LegalAppointmentsTable {
  id: string;
  orgId: string;
  windowId: string;
  onDate: IsoDate;
  slot: AppointmentSlot;
  name: string;
  phone: string;
  topic: string;
  /** What the citizen quotes at the station or to look the booking up. */
  code: string;
  status: 'booked' | 'arrived' | 'cancelled';
  ticketId: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface LegalQuestionsTable {
  id: string;
  orgId: string;
  code: string;
  name: string;
  phone: string;
  village: string | null;
  question: string;
  askedOn: IsoDate;
  answer: string | null;
  answeredOn: IsoDate | null;
  answeredBy: string | null;
  answeredByName: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A legal-aid application taken at the station and forwarded to the county's 法律援助中心. */
export interface LegalAidApplicationsTable {
  id: string;
  orgId: string;
  appNo: string;
  applicantName: string;
  applicantPhone: string | null;
  matter: AidMatter;
  summary: string;
  meansMethod: MeansMethod;
  pledgeSigned: Flag;
  exemption: Exemption | null;
  /** A limitation or procedural deadline the applicant faces (先行提供, 第四十四条). */
  deadlineOn: IsoDate | null;
  urgentPreservation: Flag;
  receivedOn: IsoDate;
  status: AidState;
  centre: string | null;
  forwardedOn: IsoDate | null;
  decisionClockId: string | null;
  decisionDue: IsoDate | null;
  /** JSON array: the one-time list of missing materials (第四十三条第二款). */
  materialsList: string | null;
  materialsRequestedOn: IsoDate | null;
  materialsDueOn: IsoDate | null;
  materialsSuppliedOn: IsoDate | null;
  decidedOn: IsoDate | null;
  advanced: Flag;
  refusalReason: string | null;
  assignClockId: string | null;
  assignDue: IsoDate | null;
  assignedOn: IsoDate | null;
  lawyerName: string | null;
  lawyerFirm: string | null;
  objectedOn: IsoDate | null;
  objectionClockId: string | null;
  objectionDue: IsoDate | null;
  objectionResult: string | null;
  objectionDecidedOn: IsoDate | null;
  closedOn: IsoDate | null;
  closingNote: string | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** 司法协助: help given to a court or other organ (送达, 调查, 执行, 社区矫正调查评估, or any other kind). */
export interface LegalAssistanceRecordsTable {
  id: string;
  orgId: string;
  subtype: string;
  requester: string;
  caseRef: string | null;
  receivedOn: IsoDate;
  doneOn: IsoDate | null;
  handlerName: string;
  summary: string;
  result: string | null;
  createdBy: string | null;
  createdAt: Instant;
}

/** A village's legal adviser (一村一法律顾问), published with hours, place and contact (宁波条例 第二十三条). */
export interface LegalVillageAdvisersTable {
  id: string;
  orgId: string;
  name: string;
  firm: string;
  phone: string;
  hours: string;
  place: string;
  since: IsoDate;
  until: IsoDate | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface LegalAdviserLogsTable {
  id: string;
  orgId: string;
  adviserId: string;
  kind: AdviserLogKind;
  onDate: IsoDate;
  subject: string;
  summary: string;
  createdBy: string | null;
  createdAt: Instant;
}

/** One adviser's evaluation for one year (宁波条例 第二十三条第二款); at most one per adviser and year. */
export interface LegalAdviserEvaluationsTable {
  id: string;
  /** The adviser's village. */
  orgId: string;
  adviserId: string;
  year: number;
  /** 百分制, whole points. */
  score: number;
  grade: AdviserGrade;
  evaluator: string;
  comments: string;
  evaluatedOn: IsoDate;
  createdBy: string | null;
  createdAt: Instant;
}

declare module '../../core/db/schema.js' {
  interface Database {
    legalServiceWindows: LegalServiceWindowsTable;
    legalQueueCounters: LegalQueueCountersTable;
    legalQueueTickets: LegalQueueTicketsTable;
    legalServiceVisits: LegalServiceVisitsTable;
    legalAppointments: LegalAppointmentsTable;
    legalQuestions: LegalQuestionsTable;
    legalAidApplications: LegalAidApplicationsTable;
    legalAssistanceRecords: LegalAssistanceRecordsTable;
    legalVillageAdvisers: LegalVillageAdvisersTable;
    legalAdviserLogs: LegalAdviserLogsTable;
    legalAdviserEvaluations: LegalAdviserEvaluationsTable;
  }
}
