import type { Flag, Instant, IsoDate } from './schema.js';

/** Row types of the shared machinery modules use: clocks, inbox tasks, numbering, files, search, jobs. */

export type ClockUnit = 'working' | 'calendar';
export type ClockState = 'running' | 'paused' | 'stopped';

export interface ClocksTable {
  id: string;
  orgId: string;
  subjectType: string;
  subjectId: string;
  /** What the period is for, e.g. `disclosure.reply`. */
  purpose: string;
  /** Trigger day (day 0); counting starts the next day. */
  startDate: IsoDate;
  limitDays: number;
  unit: ClockUnit;
  /** The article the period comes from, as users see it: 《政府信息公开条例》第三十三条. */
  basis: string;
  extensionDays: number;
  state: ClockState;
  /** Derived from the above and the calendar; stored so lists can sort and filter by it. */
  dueDate: IsoDate;
  provisional: Flag;
  stoppedOn: IsoDate | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface ClockPausesTable {
  id: string;
  clockId: string;
  reason: string;
  /** Counting stops after this day … */
  fromDate: IsoDate;
  /** … and resumes the day after this one; null while the pause is open. */
  toDate: IsoDate | null;
  note: string | null;
  createdBy: string | null;
  createdAt: Instant;
}

export interface ClockExtensionsTable {
  id: string;
  clockId: string;
  days: number;
  reason: string;
  basis: string | null;
  approvedBy: string;
  createdAt: Instant;
}

export interface TasksTable {
  id: string;
  orgId: string;
  module: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  title: string;
  /** Either a named person … */
  assigneeUserId: string | null;
  /** … or everyone holding this role in the task's org. */
  assigneeRole: string | null;
  /** The role whose pool a task handed to a named person (分派) came from; null otherwise. */
  poolRole: string | null;
  clockId: string | null;
  dueDate: IsoDate | null;
  /** Web route that opens the subject, e.g. `/review/items/…`. */
  link: string;
  status: 'open' | 'done' | 'cancelled';
  createdAt: Instant;
  closedAt: Instant | null;
}

export interface DocNumberSequencesTable {
  orgId: string;
  kind: string;
  year: number;
  lastValue: number;
}

export interface DocNumberTemplatesTable {
  orgId: string;
  kind: string;
  /** e.g. `桥法审〔{year}〕{n}号` */
  template: string;
  name: string;
}

export interface DocNumbersTable {
  id: string;
  orgId: string;
  kind: string;
  year: number;
  seq: number;
  numberText: string;
  title: string;
  subjectType: string | null;
  subjectId: string | null;
  issuedBy: string | null;
  issuedAt: Instant;
}

export interface VerificationCodesTable {
  id: string;
  phoneIndex: string;
  /** What the code answers: a form, or one decision's portal comments (`decisions.comment:<id>`). */
  purpose: 'register' | 'login' | 'quiz' | `decisions.comment:${string}`;
  codeHash: string;
  ip: string | null;
  attempts: number;
  createdAt: Instant;
  expiresAt: Instant;
  usedAt: Instant | null;
}

export interface SmsOutboxTable {
  id: string;
  phone: string;
  text: string;
  createdAt: Instant;
}

export interface FilesTable {
  id: string;
  orgId: string;
  sm3: string;
  size: number;
  mime: string;
  originalName: string;
  ownerType: string | null;
  ownerId: string | null;
  uploadedBy: string | null;
  createdAt: Instant;
}

export interface SearchEntriesTable {
  id: string;
  orgId: string;
  entityType: string;
  entityId: string;
  title: string;
  snippet: string;
  /** Search tokens (core/search/segment.ts) of title + body: Han character pairs and characters, words. */
  tokens: string;
  /** Permission a reader needs besides org scope. */
  permission: string;
  link: string;
  updatedAt: Instant;
}

export interface ScheduledJobsTable {
  name: string;
  /** Next slot this job is due to run, claimed atomically by exactly one instance. */
  nextRunAt: Instant;
  lastRunAt: Instant | null;
  lastStatus: string | null;
  paused: Flag;
}

export interface JobRunsTable {
  id: string;
  jobName: string;
  slot: Instant;
  instanceId: string;
  startedAt: Instant;
  finishedAt: Instant | null;
  status: 'running' | 'ok' | 'failed';
  output: string | null;
}

/** One bucket's hits in one fixed window: every limit's counter (core/db/atomic-counter.ts). */
export interface FloodCountersTable {
  bucket: string;
  windowStart: Instant;
  hits: number;
}
