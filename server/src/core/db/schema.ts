/**
 * Row types of the foundation tables, as Kysely sees them (camelCase; the database is snake_case).
 * Conventions shared by both dialects:
 * - ids are UUID v7 strings; legal calendar days are `YYYY-MM-DD` strings; instants are ISO-8601 UTC strings;
 * - flags are integers 0/1 (SQLite has no boolean); structured values are JSON text.
 * Modules declare their own tables in their own `*.tables.ts` and merge them into `Database`.
 */
import type {
  ClockExtensionsTable,
  ClockPausesTable,
  ClocksTable,
  DocNumberSequencesTable,
  DocNumbersTable,
  DocNumberTemplatesTable,
  FilesTable,
  FloodCountersTable,
  JobRunsTable,
  ScheduledJobsTable,
  SearchEntriesTable,
  SmsOutboxTable,
  TasksTable,
  VerificationCodesTable,
} from './schema-machinery.js';

export type Flag = 0 | 1;
export type IsoDate = string;
export type Instant = string;

export type OrgKind =
  | 'province' // 省
  | 'city' // 市
  | 'county' // 县（市、区）
  | 'town' // 乡镇/街道
  | 'village' // 村
  | 'community' // 社区（居委会）
  | 'unit' // 乡镇内设机构（党建综合办、司法所…）
  | 'external'; // 外部机构（县司法局、法院、派出所…）

export interface OrgsTable {
  id: string;
  parentId: string | null;
  /** 12-digit statistical division code for divisions; `<town code>-<slug>` for units. */
  code: string;
  name: string;
  kind: OrgKind;
  /** Ids from the root down to and including this org, each followed by '/': `/a/b/c/`. */
  path: string;
  depth: number;
  /** The nearest town at or above this org, or null above town level. Audit chains are per town. */
  townId: string | null;
  sortOrder: number;
  active: Flag;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface UsersTable {
  id: string;
  orgId: string;
  username: string;
  displayName: string;
  /** SM4-encrypted; see core/crypto/pii.ts. */
  phoneEnc: string | null;
  /** SM3-HMAC of the normalised phone, for lookups without decrypting. */
  phoneIndex: string | null;
  passwordHash: string;
  mustChangePassword: Flag;
  passwordChangedAt: Instant | null;
  failedLoginCount: number;
  lockedUntil: Instant | null;
  totpSecretEnc: string | null;
  totpEnabledAt: Instant | null;
  status: 'active' | 'disabled';
  isDemo: Flag;
  lastLoginAt: Instant | null;
  /** Above the town level: the town last chosen in the header for per-town pages. */
  chosenTownId: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface RolesTable {
  key: string;
  name: string;
  description: string;
  /** 1 for the three 三员 administrator roles, which require a second factor. */
  isAdmin: Flag;
  sortOrder: number;
}

export interface RolePermissionsTable {
  roleKey: string;
  permission: string;
}

export interface UserRolesTable {
  userId: string;
  roleKey: string;
  grantedBy: string | null;
  grantedAt: Instant;
}

export type SessionStage = 'active' | 'password_change' | 'mfa_enroll' | 'mfa_verify';

export interface SessionsTable {
  /** SM3 of the cookie token: a stolen database cannot be replayed as cookies. */
  id: string;
  userId: string;
  csrfToken: string;
  stage: SessionStage;
  ip: string | null;
  userAgent: string | null;
  createdAt: Instant;
  lastSeenAt: Instant;
  expiresAt: Instant;
  revokedAt: Instant | null;
  revokedReason: string | null;
}

export interface LoginAttemptsTable {
  id: string;
  username: string;
  userId: string | null;
  ip: string | null;
  userAgent: string | null;
  success: Flag;
  reason: string;
  at: Instant;
}

/** A role's second-factor setting, when the security administrator changed it from the default. */
export interface RoleMfaSettingsTable {
  roleKey: string;
  required: Flag;
  updatedBy: string | null;
  updatedAt: Instant;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  tokenHash: string;
  /** First characters of the token, shown so people can tell tokens apart. */
  tokenPrefix: string;
  orgId: string;
  /** JSON array of permission strings, a subset of the creator's. */
  permissions: string;
  createdBy: string;
  createdAt: Instant;
  expiresAt: Instant | null;
  revokedAt: Instant | null;
  lastUsedAt: Instant | null;
}

export interface AuditEventsTable {
  id: string;
  chainId: string;
  seq: number;
  prevHash: string;
  hash: string;
  at: Instant;
  actorUserId: string | null;
  actorName: string | null;
  actorTokenId: string | null;
  orgId: string | null;
  ip: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** JSON `{ field: { before, after } }`. */
  changes: string | null;
  basis: string | null;
  /** JSON with anything else worth keeping (reason, counts …). */
  meta: string | null;
}

export interface AuditChainHeadsTable {
  chainId: string;
  seq: number;
  hash: string;
  updatedAt: Instant;
}

export interface CalendarNoticesTable {
  id: string;
  year: number;
  version: number;
  title: string;
  /** e.g. 国办发明电〔2025〕7号 */
  docNumber: string | null;
  publishedOn: IsoDate | null;
  source: 'chinese-days' | 'form' | 'csv';
  enteredBy: string | null;
  enteredAt: Instant;
  note: string | null;
}

export interface CalendarDaysTable {
  id: string;
  noticeId: string;
  date: IsoDate;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface Database {
  orgs: OrgsTable;
  users: UsersTable;
  roles: RolesTable;
  rolePermissions: RolePermissionsTable;
  userRoles: UserRolesTable;
  sessions: SessionsTable;
  loginAttempts: LoginAttemptsTable;
  roleMfaSettings: RoleMfaSettingsTable;
  apiTokens: ApiTokensTable;
  auditEvents: AuditEventsTable;
  auditChainHeads: AuditChainHeadsTable;
  calendarNotices: CalendarNoticesTable;
  calendarDays: CalendarDaysTable;
  clocks: ClocksTable;
  clockPauses: ClockPausesTable;
  clockExtensions: ClockExtensionsTable;
  tasks: TasksTable;
  docNumberSequences: DocNumberSequencesTable;
  docNumberTemplates: DocNumberTemplatesTable;
  docNumbers: DocNumbersTable;
  verificationCodes: VerificationCodesTable;
  smsOutbox: SmsOutboxTable;
  files: FilesTable;
  searchEntries: SearchEntriesTable;
  scheduledJobs: ScheduledJobsTable;
  jobRuns: JobRunsTable;
  floodCounters: FloodCountersTable;
}
