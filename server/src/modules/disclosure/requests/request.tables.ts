import type { Flag, Instant, IsoDate } from '../../../core/db/schema.js';
import type { Outcome } from './outcomes.js';
import type { RequestState } from './request.workflow.js';
import type {
  ApplicantKind,
  Channel,
  ConsultationKind,
  ConsultationOpinion,
  Delivery,
  DocumentKind,
  FeeMethod,
  FormWanted,
  IdType,
} from './vocabulary.js';

/** 依申请公开 tables as Kysely sees them (camelCase), merged into the application's `Database`. */
export interface DisclosureRequestsTable {
  id: string;
  /** The town that received the application (the 行政机关 of art 27). */
  orgId: string;
  /** What the applicant quotes, with the phone, to follow the application without an account. */
  trackingCode: string;
  state: RequestState;
  channel: Channel;
  applicantKind: ApplicantKind;
  applicantName: string;
  idType: IdType;
  /** SM4-encrypted; shown masked, full reads are audited. */
  idNumberEnc: string;
  /** Keyed digest: the same applicant across applications (monthly fee count) without decrypting. */
  idNumberIndex: string;
  phoneEnc: string;
  phoneIndex: string;
  contactPerson: string | null;
  address: string | null;
  email: string | null;
  /** 所需信息的名称、文号或特征性描述 (art 29(2)). */
  description: string;
  formWanted: FormWanted;
  delivery: Delivery;
  /** The dates of art 31, as far as the channel has them. */
  submittedOn: IsoDate | null;
  signedOn: IsoDate | null;
  arrivedOn: IsoDate | null;
  confirmedOn: IsoDate | null;
  /** 收到申请之日; null until an online or fax application is confirmed by both sides. */
  receivedOn: IsoDate | null;
  receiptNote: string | null;
  replyClockId: string | null;
  correctionNoticeClockId: string | null;
  correctionClockId: string | null;
  correctionRequestedOn: IsoDate | null;
  correctionItems: string | null;
  correctionDueOn: IsoDate | null;
  correctedOn: IsoDate | null;
  correctionText: string | null;
  extensionDays: number;
  extendedOn: IsoDate | null;
  extendedBy: string | null;
  explanationRequestedOn: IsoDate | null;
  delayDueOn: IsoDate | null;
  feeMethod: FeeMethod | null;
  feeItems: number | null;
  feePages: number | null;
  feeAmountFen: number | null;
  feeNotifiedOn: IsoDate | null;
  /** The day the applicant received the fee notice: the payment period runs from it (setting feePeriodFrom). */
  feeServedOn: IsoDate | null;
  feeDueOn: IsoDate | null;
  feePaidOn: IsoDate | null;
  feeClockId: string | null;
  /** Whether the fee notice paused the reply clock (a per-town setting at the time) [U]. */
  feePausedClock: Flag;
  outcome: Outcome | null;
  /** The day the reply was made or the file closed: the year of 表三's 办理结果. */
  outcomeOn: IsoDate | null;
  replyNumber: string | null;
  replyReasons: string | null;
  applicantUserId: string | null;
  submittedIp: string | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface DisclosureRequestDocumentsTable {
  id: string;
  orgId: string;
  requestId: string;
  kind: DocumentKind;
  fileId: string;
  title: string;
  docNumber: string | null;
  /** Only documents with 1 are listed on the tracking page and downloadable with its token. */
  visibleToApplicant: Flag;
  createdBy: string | null;
  createdAt: Instant;
}

export interface DisclosureConsultationsTable {
  id: string;
  orgId: string;
  requestId: string;
  kind: ConsultationKind;
  partyName: string;
  matter: string;
  /** The day the 征求意见书 was served; the 15 working days run from here. */
  sentOn: IsoDate;
  dueOn: IsoDate;
  clockId: string;
  answeredOn: IsoDate | null;
  opinion: ConsultationOpinion | null;
  opinionNote: string | null;
  createdBy: string | null;
  createdAt: Instant;
}

export interface DisclosureRedactionsTable {
  id: string;
  orgId: string;
  requestId: string;
  originalFileId: string;
  releasedFileId: string;
  method: 'auto_docx' | 'uploaded';
  /** JSON: [{ kind, ground, count, samples }] — what was removed and why, never the removed text. */
  items: string;
  grounds: string;
  createdBy: string | null;
  createdAt: Instant;
}

/** Public tracking look-ups, for the rate limit (re-derivable: the limit is a count over this table). */
interface DisclosureTrackingAttemptsTable {
  id: string;
  ip: string | null;
  code: string;
  success: Flag;
  at: Instant;
}

/** Per-town choices the law leaves open [U]; defaults in request-settings.ts. */
interface DisclosureRequestSettingsTable {
  id: string;
  orgId: string;
  feeNoticePausesClock: Flag;
  correctionPeriodDays: number;
  feePaymentDays: number;
  feePeriodFrom: 'receipt' | 'issue';
  feeCountScope: 'town' | 'platform';
  reviewAuthority: string | null;
  court: string | null;
  updatedBy: string | null;
  updatedAt: Instant;
}

declare module '../../../core/db/schema.js' {
  interface Database {
    disclosureRequests: DisclosureRequestsTable;
    disclosureRequestDocuments: DisclosureRequestDocumentsTable;
    disclosureConsultations: DisclosureConsultationsTable;
    disclosureRedactions: DisclosureRedactionsTable;
    disclosureTrackingAttempts: DisclosureTrackingAttemptsTable;
    disclosureRequestSettings: DisclosureRequestSettingsTable;
  }
}
