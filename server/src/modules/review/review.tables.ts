import type { Flag, Instant, IsoDate } from '../../core/db/schema.js';
import type {
  Adoption,
  Channel,
  Conclusion,
  DecisionKind,
  Dimension,
  FilingTarget,
  HitDecision,
  ItemType,
  State,
  Track,
} from './review.enums.js';

/** Row types of the 合法性审查 tables (camelCase; the database is snake_case). JSON columns are text. */

export interface ReviewItemsTable {
  id: string;
  /** The submitting office or village (送审单位): the tenancy key. */
  orgId: string;
  type: ItemType;
  title: string;
  summary: string | null;
  state: State;
  channel: Channel;
  track: Track;
  /** 1 when the measure affects market entities: a 公平竞争审查 conclusion is then required (条例 art 18). */
  affectsMarket: Flag;
  /** The current text version; each revision adds one. */
  version: number;
  /** JSON: structured facts of the current version (amount, term, vote counts …). */
  fields: string;
  /** Where a returned item goes back to when corrected: `submitted` or `under_review`. */
  returnedFrom: State | null;
  conclusion: Conclusion | null;
  opinionId: string | null;
  opinionIssuedOn: IsoDate | null;
  /** JSON: the reviewer's unfinished opinion (checklist, summary, bases). */
  draftOpinion: string | null;
  submittedBy: string | null;
  submittedAt: Instant | null;
  acceptedOn: IsoDate | null;
  /** The review period (受理 → 意见书). */
  clockId: string | null;
  /** The village-rules filing period (表决 → 备案, 10 days). */
  filingClockId: string | null;
  adoption: Adoption | null;
  feedbackNote: string | null;
  feedbackAt: Instant | null;
  decisionKind: DecisionKind | null;
  decidedOn: IsoDate | null;
  decidedBy: string | null;
  /** JSON: facts of the decision (meeting, vote counts). */
  decisionFacts: string | null;
  filedOn: IsoDate | null;
  archivedAt: Instant | null;
  fcrId: string | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

interface ReviewItemVersionsTable {
  id: string;
  itemId: string;
  orgId: string;
  version: number;
  text: string;
  fields: string;
  source: 'text' | 'docx' | 'import';
  sourceFileId: string | null;
  note: string | null;
  createdBy: string | null;
  createdAt: Instant;
}

interface ReviewMaterialsTable {
  id: string;
  itemId: string;
  orgId: string;
  /** A key of the type's checklist (review.materials.ts), or `other`. */
  materialKey: string;
  fileId: string | null;
  /** What was supplied when there is no file (e.g. 纸质原件已核对). */
  note: string | null;
  addedBy: string | null;
  addedAt: Instant;
}

/** 流转记录: one row per workflow transition, with when it happened in the business sense. */
export interface ReviewStepsTable {
  id: string;
  itemId: string;
  orgId: string;
  action: string;
  fromState: State | null;
  toState: State;
  version: number;
  actorUserId: string | null;
  actorName: string | null;
  at: Instant;
  note: string | null;
  basis: string | null;
}

interface ReviewHitsTable {
  id: string;
  itemId: string;
  orgId: string;
  version: number;
  ruleId: string;
  severity: 'high' | 'medium' | 'low';
  title: string;
  clause: string;
  startPos: number;
  endPos: number;
  basis: string;
  suggestion: string;
  decision: HitDecision;
  decidedBy: string | null;
  decidedAt: Instant | null;
  decisionNote: string | null;
  findingId: string | null;
}

interface ReviewFindingsTable {
  id: string;
  itemId: string;
  orgId: string;
  version: number;
  dimension: Dimension;
  clause: string | null;
  problem: string;
  basis: string | null;
  suggestion: string | null;
  hitId: string | null;
  createdBy: string | null;
  createdAt: Instant;
}

interface ReviewOpinionsTable {
  id: string;
  itemId: string;
  orgId: string;
  version: number;
  conclusion: Conclusion;
  /** JSON `{ subject: 'pass' | 'issue' | 'not_applicable', … }`. */
  checklist: string;
  summary: string;
  /** JSON array of the legal bases relied on. */
  bases: string;
  riskStatement: string | null;
  reviewerId: string | null;
  reviewerName: string;
  issuedOn: IsoDate;
  issuedAt: Instant;
  docNumber: string | null;
  docNumberId: string | null;
  /** The 合法性审查意见书 DOCX; null until rendered (offline reviews have none). */
  fileId: string | null;
  channel: Channel;
}

interface ReviewAdviserOpinionsTable {
  id: string;
  itemId: string;
  orgId: string;
  version: number;
  adviserId: string | null;
  adviserName: string;
  text: string;
  fileId: string | null;
  createdAt: Instant;
}

interface ReviewCoReviewsTable {
  id: string;
  itemId: string;
  orgId: string;
  reason: string;
  requestedBy: string | null;
  requestedAt: Instant;
  /** 1 when the review clock was paused for this co-review (a configured local rule). */
  pausedClock: Flag;
  responderId: string | null;
  responderName: string | null;
  response: string | null;
  respondedAt: Instant | null;
}

interface ReviewFilingsTable {
  id: string;
  itemId: string;
  orgId: string;
  target: FilingTarget;
  /** The body filed with: the county review centre or the town. */
  targetOrgId: string;
  filedOn: IsoDate;
  filedBy: string | null;
  /** The final signed document (最终签署/印发文本). */
  fileId: string | null;
  note: string | null;
  /** Village rules: last day of the 10-day period (宁波条例 art 14). */
  dueDate: IsoDate | null;
  createdAt: Instant;
}

/** Per-town overrides of configurable rules (review periods …); defaults live in code with their source. */
interface ReviewSettingsTable {
  orgId: string;
  key: string;
  value: string;
  updatedBy: string | null;
  updatedAt: Instant;
}

export interface ReviewFcrRecordsTable {
  id: string;
  orgId: string;
  itemId: string | null;
  title: string;
  draftingUnit: string;
  text: string;
  /** JSON: automated flags from the pre-review engine. */
  flags: string;
  /** JSON `{ [standardKey]: 'involved' | 'not_involved' }`. */
  checklist: string;
  /** JSON: the art 12 exception claimed and its three conditions. */
  exception: string | null;
  /** 听取利害关系人意见 (art 16). */
  consultation: string | null;
  outcome: 'compliant' | 'exception_applies' | 'non_compliant' | null;
  conclusionText: string | null;
  concludedBy: string | null;
  concludedOn: IsoDate | null;
  state: 'draft' | 'concluded';
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** 存量清理: existing documents checked for fair competition. */
interface ReviewFcrCleanupsTable {
  id: string;
  orgId: string;
  docTitle: string;
  docNumber: string | null;
  issuedOn: IsoDate | null;
  outcome: 'kept' | 'revised' | 'abolished';
  reason: string;
  reviewedOn: IsoDate;
  reviewedBy: string | null;
  campaign: string | null;
  createdAt: Instant;
}

declare module '../../core/db/schema.js' {
  interface Database {
    reviewItems: ReviewItemsTable;
    reviewItemVersions: ReviewItemVersionsTable;
    reviewMaterials: ReviewMaterialsTable;
    reviewSteps: ReviewStepsTable;
    reviewHits: ReviewHitsTable;
    reviewFindings: ReviewFindingsTable;
    reviewOpinions: ReviewOpinionsTable;
    reviewAdviserOpinions: ReviewAdviserOpinionsTable;
    reviewCoReviews: ReviewCoReviewsTable;
    reviewFilings: ReviewFilingsTable;
    reviewSettings: ReviewSettingsTable;
    reviewFcrRecords: ReviewFcrRecordsTable;
    reviewFcrCleanups: ReviewFcrCleanupsTable;
  }
}
