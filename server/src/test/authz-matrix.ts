import type { Permission } from '@fazhi/shared';
import { DECISIONS_MATRIX } from './authz-matrix-decisions.js';
import { DISCLOSURE_MATRIX } from './authz-matrix-disclosure.js';
import { ENFORCEMENT_MATRIX } from './authz-matrix-enforcement.js';
import { REVIEW_MATRIX } from './authz-matrix-review.js';
import { VILLAGE_MATRIX } from './authz-matrix-village.js';
import { DISPUTES_MATRIX } from './authz-matrix-disputes.js';
import { LEGAL_SERVICES_MATRIX } from './authz-matrix-legal-services.js';
import { LITIGATION_MATRIX } from './authz-matrix-litigation.js';
import { PUFA_MATRIX } from './authz-matrix-pufa.js';
import { TEAM_MATRIX } from './authz-matrix-team.js';
import { ENFORCEMENT2_ROWS } from './authz-matrix-enforcement2.js';
import { REPORT_MATRIX } from './authz-matrix-report.js';

/**
 * The authorisation matrix (安全 issue #8): one row per route of the OpenAPI document, saying who may
 * call it. `authz-matrix.api.test.ts` derives the expected answer for every role × scope from the row
 * and the role grants, calls the real server, and fails on any difference — and on any route without a
 * row (or row without a route). To add a route: add one line here; see ARCHITECTURE.md "Authorisation matrix".
 */
export interface RouteRow {
  /** 'public': anyone, signed in or not; 'signed-in': any account; else the permission (any of a list). */
  access: 'public' | 'signed-in' | Permission | Permission[];
  /**
   * The org-owned record the path (or body) names: outside the caller's subtree the answer is 404.
   * 'portal' rows name records of the public portal's town (桥头镇): other towns' are 404 to everyone.
   */
  record?: RecordKind;
  /** Serves only the portal town's records (public pages). */
  portal?: true;
  /** Acts only on the caller's own things (sessions): anyone else's id is 404. */
  self?: true;
  /** Unattached uploads are visible to their uploader only (attached ones follow their record: files.api.test.ts). */
  uploaderOnly?: true;
  /** Answers personal data in full (each read is an audit event). */
  pii?: true;
  /** Level-aware disclosure policy: staff above the town level may read (masked) but not write town records, nor read their personal data in full (403). */
  townWrite?: true;
  /** The allowed call removes the record: later allowed callers may find it gone (404). */
  consumes?: true;
  /**
   * A page kept per town (ARCHITECTURE: "Pages kept per town"): staff above the town level name the town
   * (`orgId`, 桥头镇) in the query or the body; town and village staff leave it out.
   */
  perTown?: 'query' | 'body';
  /** Body fields beyond those generated from the schema; `{placeholders}` are resolved per scope/caller. */
  body?: Record<string, unknown>;
  /** Required query parameters. */
  query?: Record<string, string>;
  /** Multipart upload: sent as a form with one small file. */
  multipart?: true;
  /** Exercised by the anonymous caller only, and why (a public write limited per address). */
  anonymousOnly?: string;
  /** Not exercised by the matrix (still a row): why, and which test covers it. */
  skip?: string;
}

export type RecordKind =
  | 'org'
  | 'user'
  | 'token'
  | 'clock'
  | 'file'
  | 'numbering'
  | 'disclosureItem'
  | 'publicDisclosureFile'
  | 'village'
  | 'supervisor'
  | 'villageItem'
  | 'publicVillageFile'
  | 'complaint'
  | 'request'
  | 'consultation'
  | 'reviewItem'
  | 'reviewMaterial'
  | 'reviewHit'
  | 'reviewFinding'
  | 'reviewOpinion'
  | 'fcr'
  | 'enforcementCase'
  | 'inspection'
  | 'hazard'
  | 'enforcementPlan'
  | 'dispute'
  | 'litigationCase'
  | 'decision'
  | 'decisionCatalogue'
  | 'decisionEntry'
  | 'decisionComment'
  | 'decisionExpert'
  | 'legalWindow'
  | 'legalTicket'
  | 'legalVisit'
  | 'legalAid'
  | 'legalAppointment'
  | 'legalQuestion'
  | 'legalAdviser'
  | 'pufaQuestion'
  | 'pufaQuiz'
  | 'pufaOpenQuiz'
  | 'pufaContent'
  | 'pufaPublishedContent'
  | 'teamMember'
  | 'teamContract'
  | 'lawReport';

const AUTH_STEP =
  'a step of signing in or out of the caller itself; covered by modules/auth/*.api.test.ts';

export const MATRIX: Record<string, RouteRow> = {
  ...DISPUTES_MATRIX,
  'GET /healthz': { access: 'public' },
  'GET /readyz': { access: 'public' },

  // Sign-in (auth)
  'POST /api/v1/auth/login': { access: 'public', skip: AUTH_STEP },
  'POST /api/v1/auth/register/code': {
    access: 'public',
    skip: 'sends an SMS code; covered by registration.api.test.ts',
  },
  'POST /api/v1/auth/register': {
    access: 'public',
    skip: 'needs an SMS code; covered by registration.api.test.ts',
  },
  'GET /api/v1/auth/me': { access: 'signed-in' },
  'PUT /api/v1/auth/me/town': { access: 'signed-in', record: 'org', body: { townId: '{org}' } },
  'POST /api/v1/auth/logout': { access: 'signed-in', skip: AUTH_STEP },
  'POST /api/v1/auth/logout-all': { access: 'signed-in', skip: AUTH_STEP },
  'POST /api/v1/auth/password': { access: 'signed-in', skip: AUTH_STEP },
  'POST /api/v1/auth/totp/enroll': { access: 'signed-in', skip: AUTH_STEP },
  'POST /api/v1/auth/totp/activate': { access: 'signed-in', skip: AUTH_STEP },
  'POST /api/v1/auth/totp/verify': { access: 'signed-in', skip: AUTH_STEP },
  'GET /api/v1/auth/sessions': { access: 'signed-in' },
  'DELETE /api/v1/auth/sessions/{id}': { access: 'signed-in', self: true },
  'GET /api/v1/auth/login-history': { access: 'signed-in' },

  // Orgs, accounts, roles, tokens, trail
  'GET /api/v1/orgs': { access: 'org.read' },
  'POST /api/v1/orgs': {
    access: 'org.manage',
    record: 'org',
    body: { parentId: '{org}', name: '矩阵测试科{uniq}', kind: 'unit' },
  },
  'PATCH /api/v1/orgs/{id}': { access: 'org.manage', record: 'org', body: { sortOrder: 7 } },
  'GET /api/v1/users': { access: 'user.read' },
  'POST /api/v1/users': {
    access: 'user.manage',
    record: 'org',
    body: { username: 'mx{uniq}', orgId: '{org}', password: 'Matrix#Pass2024' },
  },
  'GET /api/v1/users/import/template': { access: 'user.manage' },
  'POST /api/v1/users/import': { access: 'user.manage', multipart: true },
  'GET /api/v1/users/{id}': { access: 'user.read', record: 'user' },
  'PATCH /api/v1/users/{id}': {
    access: 'user.manage',
    record: 'user',
    body: { displayName: '矩阵目标{uniq}' },
  },
  'POST /api/v1/users/{id}/reset-password': {
    access: 'user.manage',
    record: 'user',
    body: { newPassword: 'Matrix#Pass2024' },
  },
  'POST /api/v1/users/{id}/unlock': { access: 'user.unlock', record: 'user' },
  'PUT /api/v1/users/{id}/roles': {
    access: 'role.assign',
    record: 'user',
    body: { roles: ['office_clerk'] },
  },
  'GET /api/v1/users/{id}/pii': { access: 'user.pii.read', record: 'user', pii: true },
  'POST /api/v1/users/{id}/revoke-sessions': { access: 'session.manage', record: 'user' },
  'POST /api/v1/users/{id}/reset-totp': { access: 'user.unlock', record: 'user' },
  'GET /api/v1/roles': { access: 'role.read' },
  'PUT /api/v1/roles/{key}/mfa': {
    access: 'role.assign',
    skip: 'changes who must give a second factor at sign-in for every later caller; covered by modules/roles/role-mfa.api.test.ts',
  },
  'GET /api/v1/tokens': { access: 'token.manage' },
  'POST /api/v1/tokens': {
    access: 'token.manage',
    body: { name: '矩阵令牌{uniq}', permissions: ['org.read'] },
  },
  'POST /api/v1/tokens/{id}/revoke': { access: 'token.manage', record: 'token' },
  'GET /api/v1/audit/events': { access: 'audit.event.read' },
  'POST /api/v1/audit/verify': { access: 'audit.chain.verify' },
  'GET /api/v1/audit/anchors': { access: 'audit.chain.verify' },

  // Search, calendar, clocks, inbox, numbering, files, jobs
  'GET /api/v1/search': { access: 'search.use', query: { q: '桥头' } },
  // The deadline calculator is public by design (the portal's 期限计算器).
  'GET /api/v1/calendar/deadline': {
    access: 'public',
    query: { from: '2024-11-20', days: '20', unit: 'working' },
  },
  'GET /api/v1/calendar/years': { access: 'calendar.read' },
  'GET /api/v1/legal-basis': { access: 'public' }, // the legal-basis registry: statute summaries
  'GET /api/v1/calendar/notices': { access: 'calendar.read', query: { year: '2024' } },
  'POST /api/v1/calendar/notices': {
    access: 'calendar.manage',
    skip: 'managed at the root of the org tree only (403 CALENDAR_ROOT_ONLY for a town administrator); no demo account sits at the root — covered by modules/calendar/notice.api.test.ts and the CLI test',
    body: {
      year: 2031,
      title: '矩阵测试放假安排',
      days: [{ date: '2031-01-01', kind: 'holiday', name: '元旦' }],
    },
  },
  'GET /api/v1/calendar/days': { access: 'calendar.read', query: { year: '2024' } },
  'POST /api/v1/calendar/notices/import': {
    access: 'calendar.manage',
    skip: 'managed at the root of the org tree only (403 CALENDAR_ROOT_ONLY for a town administrator); no demo account sits at the root — covered by modules/calendar/notice.api.test.ts and the CLI test',
    body: {
      year: 2032,
      title: '矩阵测试放假安排',
      csv: 'date,kind,name\n2032-01-01,holiday,元旦\n',
    },
  },
  'GET /api/v1/clocks/{id}': { access: 'calendar.read', record: 'clock' },
  'POST /api/v1/clocks/{id}/extend': {
    access: 'clock.extend',
    record: 'clock',
    body: { days: 5, reason: '矩阵测试', basis: '矩阵测试依据' },
  },
  'GET /api/v1/inbox': { access: 'task.read' },
  'GET /api/v1/inbox/assignees': {
    access: 'task.assign',
    query: { ids: 'matrix-none' },
    skip: 'tasks are not a matrix record kind: modules/inbox/assignment.api.test.ts covers 403 without task.assign, 404 outside the caller’s role pools and other towns',
  },
  'POST /api/v1/inbox/assign': {
    access: 'task.assign',
    townWrite: true,
    skip: 'tasks are not a matrix record kind: modules/inbox/assignment.api.test.ts covers 403 without task.assign, 404 outside the caller’s pools, 403 SUPERVISION_ONLY above the town',
  },
  'GET /api/v1/home': { access: 'signed-in' },
  'GET /api/v1/notifications': { access: 'signed-in' },
  'POST /api/v1/notifications/{id}/read': { access: 'signed-in', self: true },
  'POST /api/v1/notifications/read-all': { access: 'signed-in' },
  'GET /api/v1/notifications/settings': { access: 'signed-in' },
  'PUT /api/v1/notifications/settings': { access: 'signed-in' },
  'GET /api/v1/numbering/templates': { access: ['numbering.read', 'numbering.manage'] },
  'PUT /api/v1/numbering/templates/{kind}': {
    access: 'numbering.manage',
    body: { name: '镇政府发文', template: '桥政发〔{year}〕{n}号' },
  },
  'POST /api/v1/numbering/issue': {
    access: 'numbering.issue',
    body: { kind: 'town_document', title: '矩阵测试发文' },
  },
  'GET /api/v1/numbering/register': { access: 'numbering.read' },
  'POST /api/v1/numbering/register/{id}/attachment': {
    access: 'numbering.issue',
    record: 'numbering',
    body: { fileId: '{myFile}' },
  },
  'POST /api/v1/files': { access: 'file.upload', multipart: true },
  'GET /api/v1/files/{id}': { access: 'signed-in', record: 'file', uploaderOnly: true },
  'GET /api/v1/files/{id}/meta': { access: 'signed-in', record: 'file', uploaderOnly: true },
  'GET /api/v1/system/jobs': { access: 'system.jobs.read' },

  ...DISCLOSURE_MATRIX,
  ...VILLAGE_MATRIX,
  ...REVIEW_MATRIX,
  ...ENFORCEMENT_MATRIX,
  ...LITIGATION_MATRIX,
  ...DECISIONS_MATRIX,
  ...LEGAL_SERVICES_MATRIX,
  ...PUFA_MATRIX,
  ...TEAM_MATRIX,
  ...ENFORCEMENT2_ROWS,
  ...REPORT_MATRIX,
};
