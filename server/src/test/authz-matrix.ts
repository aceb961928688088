import type { Permission } from '@fazhi/shared';
import { DECISIONS_MATRIX } from './authz-matrix-decisions.js';
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
  | 'dispute'
  | 'litigationCase'
  | 'decision'
  | 'decisionCatalogue'
  | 'decisionEntry'
  | 'decisionComment'
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

  // 主动公开 (proactive disclosure)
  'GET /api/v1/disclosure/vocabulary': { access: 'public' }, // a static catalogue of labels
  'GET /api/v1/disclosure/items': { access: 'disclosure.item.read' },
  'POST /api/v1/disclosure/items': {
    access: 'disclosure.item.write',
    perTown: 'body',
    townWrite: true,
  },
  'GET /api/v1/disclosure/items/{id}': { access: 'disclosure.item.read', record: 'disclosureItem' },
  'PATCH /api/v1/disclosure/items/{id}': {
    access: 'disclosure.item.write',
    record: 'disclosureItem',
    townWrite: true,
    body: { title: '矩阵测试公开信息{uniq}' },
  },
  'POST /api/v1/disclosure/items/{id}/attachments': {
    access: 'disclosure.item.write',
    record: 'disclosureItem',
    townWrite: true,
    body: { fileId: '{myFile}' },
  },
  'POST /api/v1/disclosure/items/{id}/submit': {
    access: 'disclosure.item.write',
    record: 'disclosureItem',
    townWrite: true,
  },
  'POST /api/v1/disclosure/items/{id}/approve': {
    access: 'disclosure.item.review',
    record: 'disclosureItem',
    townWrite: true,
  },
  'POST /api/v1/disclosure/items/{id}/return': {
    access: 'disclosure.item.review',
    record: 'disclosureItem',
    townWrite: true,
  },
  'POST /api/v1/disclosure/items/{id}/withhold': {
    access: 'disclosure.item.review',
    record: 'disclosureItem',
    townWrite: true,
  },
  'POST /api/v1/disclosure/items/{id}/reassess': {
    access: 'disclosure.item.review',
    record: 'disclosureItem',
    townWrite: true,
  },
  'POST /api/v1/disclosure/items/{id}/withdraw': {
    access: 'disclosure.item.review',
    record: 'disclosureItem',
    townWrite: true,
  },
  'POST /api/v1/disclosure/items/{id}/abolish': {
    access: 'disclosure.item.write',
    record: 'disclosureItem',
    townWrite: true,
  },
  'GET /api/v1/disclosure/guide': { access: 'disclosure.item.read', perTown: 'query' },
  'PUT /api/v1/disclosure/guide': {
    access: 'disclosure.guide.manage',
    perTown: 'query',
    townWrite: true,
  },
  'GET /api/v1/disclosure/proactive-settings': { access: 'disclosure.item.read', perTown: 'query' },
  'PUT /api/v1/disclosure/proactive-settings': {
    access: 'disclosure.proactive.configure',
    perTown: 'query',
    townWrite: true,
    body: { reassessMonths: 12 },
  },
  'GET /api/v1/disclosure/proactive-figures/{year}': {
    access: 'disclosure.report.read',
    perTown: 'query',
  },
  'PUT /api/v1/disclosure/annual-stats/{year}': {
    access: 'disclosure.stats.manage',
    perTown: 'query',
    townWrite: true,
  },
  'GET /api/v1/public/disclosure/items': { access: 'public' },
  'GET /api/v1/public/portal': { access: 'public' },
  'GET /api/v1/public/disclosure/categories': { access: 'public' },
  'GET /api/v1/public/disclosure/guide': { access: 'public' },
  'GET /api/v1/public/disclosure/items/{id}': {
    access: 'public',
    record: 'publicDisclosureFile',
    portal: true,
  },
  'GET /api/v1/public/disclosure/items/{id}/files/{fileId}': {
    access: 'public',
    record: 'publicDisclosureFile',
    portal: true,
  },

  // 三务公开 (village affairs)
  'GET /api/v1/village-affairs/vocabulary': { access: 'public' }, // a static catalogue of labels
  'GET /api/v1/village-affairs/items': { access: 'village_affairs.item.read' },
  'POST /api/v1/village-affairs/items': {
    access: 'village_affairs.item.write',
    townWrite: true,
    body: { period: '2024-Q4' },
  },
  'GET /api/v1/village-affairs/items/{id}': {
    access: 'village_affairs.item.read',
    record: 'villageItem',
  },
  'PATCH /api/v1/village-affairs/items/{id}': {
    access: 'village_affairs.item.write',
    record: 'villageItem',
    townWrite: true,
    body: { title: '矩阵测试村务{uniq}' },
  },
  'POST /api/v1/village-affairs/items/{id}/attachments': {
    access: 'village_affairs.item.write',
    record: 'villageItem',
    townWrite: true,
    body: { fileId: '{myFile}' },
  },
  'POST /api/v1/village-affairs/items/{id}/submit': {
    access: 'village_affairs.item.write',
    record: 'villageItem',
    townWrite: true,
  },
  'POST /api/v1/village-affairs/items/{id}/approve': {
    access: 'village_affairs.item.review',
    record: 'villageItem',
    townWrite: true,
  },
  'POST /api/v1/village-affairs/items/{id}/return': {
    access: 'village_affairs.item.review',
    record: 'villageItem',
    townWrite: true,
  },
  'GET /api/v1/village-affairs/board': { access: 'village_affairs.board.read', perTown: 'query' },
  'GET /api/v1/village-affairs/rules': { access: 'village_affairs.item.read', perTown: 'query' },
  'PUT /api/v1/village-affairs/settings': {
    access: 'village_affairs.rules.manage',
    perTown: 'query',
    townWrite: true,
  },
  'PUT /api/v1/village-affairs/villages/{villageId}/frequency': {
    access: 'village_affairs.rules.manage',
    record: 'village',
    townWrite: true,
  },
  'GET /api/v1/village-affairs/villages/{villageId}/supervisors': {
    access: 'village_affairs.item.read',
    record: 'village',
  },
  'POST /api/v1/village-affairs/villages/{villageId}/supervisors': {
    access: 'village_affairs.rules.manage',
    record: 'village',
    townWrite: true,
    body: { userId: '{villageUser}', electedOn: '2024-01-05' },
  },
  'POST /api/v1/village-affairs/villages/{villageId}/supervisors/{memberId}/end': {
    access: 'village_affairs.rules.manage',
    record: 'supervisor',
    townWrite: true,
    consumes: true,
  },
  'GET /api/v1/village-affairs/villages/{villageId}/orders': {
    access: 'village_affairs.item.read',
    record: 'village',
  },
  'GET /api/v1/village-affairs/complaints': { access: 'village_affairs.complaint.read' },
  'POST /api/v1/village-affairs/complaints': {
    access: 'village_affairs.complaint.register',
    record: 'village',
    townWrite: true,
    body: { villageId: '{village}', receivedOn: '2024-11-19' },
  },
  'GET /api/v1/village-affairs/complaints/{id}': {
    access: 'village_affairs.complaint.read',
    record: 'complaint',
  },
  'GET /api/v1/village-affairs/complaints/{id}/pii': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    pii: true,
    townWrite: true, // full personal data only to the town's own handlers: supervisors read it masked
  },
  'POST /api/v1/village-affairs/complaints/{id}/investigate': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    townWrite: true,
  },
  'POST /api/v1/village-affairs/complaints/{id}/order': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    townWrite: true,
  },
  'POST /api/v1/village-affairs/complaints/{id}/dismiss': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    townWrite: true,
  },
  'POST /api/v1/village-affairs/complaints/{id}/confirm-published': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    townWrite: true,
    body: { itemId: '{villageItem}' },
  },
  'POST /api/v1/village-affairs/complaints/{id}/close': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    townWrite: true,
  },
  'GET /api/v1/public/village-affairs/villages': { access: 'public' },
  'GET /api/v1/public/village-affairs/villages/{id}/items': {
    access: 'public',
    record: 'village',
    portal: true,
  },
  'GET /api/v1/public/village-affairs/items/{id}': {
    access: 'public',
    record: 'publicVillageFile',
    portal: true,
  },
  'GET /api/v1/public/village-affairs/items/{id}/files/{fileId}': {
    access: 'public',
    record: 'publicVillageFile',
    portal: true,
  },
  'POST /api/v1/public/village-affairs/complaints': {
    access: 'public',
    record: 'village',
    portal: true,
    anonymousOnly: 'limited per address (429 after a few)',
    body: { villageId: '{village}', phone: '13800000000' },
  },

  // 依申请公开 (disclosure on application)
  'GET /api/v1/disclosure/requests': { access: 'disclosure.request.read' },
  'POST /api/v1/disclosure/requests': {
    access: 'disclosure.request.register',
    townWrite: true,
    body: { idNumber: '330282199001011231', phone: '13800000000' },
  },
  'GET /api/v1/disclosure/requests/vocabulary': { access: 'public' }, // a static catalogue of labels
  'GET /api/v1/disclosure/requests/{id}': { access: 'disclosure.request.read', record: 'request' },
  'GET /api/v1/disclosure/requests/{id}/pii': {
    access: 'disclosure.request.pii.read',
    record: 'request',
    pii: true,
    townWrite: true, // full personal data only to the town's own handlers: supervisors read it masked
  },
  'POST /api/v1/disclosure/requests/{id}/confirm': {
    access: 'disclosure.request.register',
    record: 'request',
    townWrite: true,
  },
  'POST /api/v1/disclosure/requests/{id}/accept': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
  },
  'POST /api/v1/disclosure/requests/{id}/correction-request': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
  },
  'POST /api/v1/disclosure/requests/{id}/correction': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
    body: { correctedOn: '2024-11-20' },
  },
  'POST /api/v1/disclosure/requests/{id}/close-correction-overdue': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
  },
  'POST /api/v1/disclosure/requests/{id}/consultations': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
    body: { sentOn: '2024-11-20' },
  },
  'POST /api/v1/disclosure/requests/{id}/consultations/{cid}/answer': {
    access: 'disclosure.request.handle',
    record: 'consultation',
    townWrite: true,
    consumes: true,
  },
  'POST /api/v1/disclosure/requests/{id}/extend': {
    access: 'disclosure.request.extend',
    record: 'request',
    townWrite: true,
    body: { days: 20 },
  },
  'POST /api/v1/disclosure/requests/{id}/explanation': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
  },
  'POST /api/v1/disclosure/requests/{id}/delay': {
    access: 'disclosure.request.extend',
    record: 'request',
    townWrite: true,
    body: { dueOn: '2024-12-31' },
  },
  'POST /api/v1/disclosure/requests/{id}/fee-notice': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
  },
  'POST /api/v1/disclosure/requests/{id}/fee-paid': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
    body: { paidOn: '2024-11-20' },
  },
  'POST /api/v1/disclosure/requests/{id}/fee-served': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
    body: { servedOn: '2024-11-20' },
  },
  'POST /api/v1/disclosure/requests/{id}/close-fee-unpaid': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
  },
  'POST /api/v1/disclosure/requests/{id}/originals': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
    body: { fileId: '{myFile}' },
  },
  'POST /api/v1/disclosure/requests/{id}/redactions': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
    body: { originalFileId: '{requestOriginal}' },
  },
  'POST /api/v1/disclosure/requests/{id}/redactions/preview': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true, // the original's full text: the town's own handlers only
    body: { originalFileId: '{requestOriginal}' },
  },
  'POST /api/v1/disclosure/requests/{id}/reply': {
    access: 'disclosure.request.handle',
    record: 'request',
    townWrite: true,
  },
  // An id no one holds: each application is refused or answered on its own (repeat-batch.api.test.ts).
  'POST /api/v1/disclosure/requests/repeat-replies': {
    access: 'disclosure.request.handle',
    townWrite: true,
    body: { ids: ['0190a000-0000-7000-8000-000000000000'], details: '矩阵测试〔2024〕1号' },
  },
  'GET /api/v1/disclosure/request-settings': { access: 'disclosure.request.read' },
  'PUT /api/v1/disclosure/request-settings': {
    access: 'disclosure.request.settings',
    townWrite: true,
    body: { correctionPeriodDays: 15, feePaymentDays: 20 },
  },
  'GET /api/v1/portal/disclosure/apply-options': { access: 'public' },
  'POST /api/v1/portal/disclosure/requests': {
    access: 'public',
    body: { idNumber: '330282199001011231', phone: '13800000000' },
  },
  'POST /api/v1/portal/disclosure/track': {
    access: 'public',
    skip: 'answers 404 to a wrong code and phone by design; covered by intake.api.test.ts',
  },
  'POST /api/v1/portal/disclosure/correction': {
    access: 'public',
    skip: 'answers 404 to a wrong code and phone by design; covered by correction.api.test.ts',
  },
  'GET /api/v1/portal/disclosure/files/{token}': {
    access: 'public',
    skip: 'a download token minted per reply; covered by reply.api.test.ts',
  },

  // 年度报告 (annual report)
  'GET /api/v1/disclosure/annual-report': {
    access: 'disclosure.report.read',
    perTown: 'query',
    query: { year: '2024' },
  },
  'GET /api/v1/disclosure/annual-reports/{year}': {
    access: 'disclosure.report.read',
    perTown: 'query',
  },
  'GET /api/v1/disclosure/annual-reports/{year}/docx': {
    access: 'disclosure.report.read',
    perTown: 'query',
  },
  'PUT /api/v1/disclosure/annual-reports/{year}/narrative': {
    access: 'disclosure.report.edit',
    perTown: 'body',
    townWrite: true,
  },
  'PUT /api/v1/disclosure/annual-reports/{year}/review-counts': {
    access: 'disclosure.report.edit',
    perTown: 'body',
    townWrite: true,
  },
  'POST /api/v1/disclosure/annual-reports/{year}/publish': {
    access: 'disclosure.report.publish',
    perTown: 'body',
    townWrite: true,
  },
  'GET /api/v1/portal/disclosure/annual-reports': { access: 'public' },
  'GET /api/v1/portal/disclosure/annual-reports/{year}': { access: 'public' },
  'GET /api/v1/portal/disclosure/annual-reports/{year}/docx': { access: 'public' },

  // 合法性审查 (legality review)
  'GET /api/v1/review/meta': { access: 'public' }, // a static catalogue of labels
  'GET /api/v1/review/items': { access: 'review.item.read' },
  'POST /api/v1/review/items': { access: 'review.item.submit' },
  'GET /api/v1/review/items/{id}': { access: 'review.item.read', record: 'reviewItem' },
  'PATCH /api/v1/review/items/{id}': {
    access: 'review.item.submit',
    record: 'reviewItem',
    body: { title: '矩阵测试规范性文件{uniq}' },
  },
  'POST /api/v1/review/items/{id}/materials': {
    access: 'review.item.submit',
    record: 'reviewItem',
    body: { key: 'other', note: '纸质原件已核对' },
  },
  'DELETE /api/v1/review/items/{id}/materials/{materialId}': {
    access: 'review.item.submit',
    record: 'reviewMaterial',
    consumes: true,
  },
  'POST /api/v1/review/items/{id}/submit': { access: 'review.item.submit', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/accept': { access: 'review.item.accept', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/return': { access: 'review.item.accept', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/resubmit': { access: 'review.item.submit', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/withdraw': { access: 'review.item.submit', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/archive': { access: 'review.item.accept', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/start-review': {
    access: 'review.item.review',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/request-supplement': {
    access: 'review.item.review',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/hits/{hitId}': {
    access: 'review.item.review',
    record: 'reviewHit',
  },
  'POST /api/v1/review/items/{id}/findings': { access: 'review.item.review', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/draft-opinion': {
    access: 'review.item.review',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/adviser-opinions': {
    access: 'review.item.advise',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/co-review': {
    access: 'review.item.review',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/co-review/answer': {
    access: 'review.item.co_review',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/opinion': {
    access: 'review.item.review',
    record: 'reviewItem',
    body: {
      checklist: {
        subject: 'pass',
        authority: 'pass',
        procedure: 'pass',
        content: 'pass',
        form: 'pass',
      },
      bases: ['《矩阵测试条例》第一条'],
    },
  },
  'POST /api/v1/review/items/{id}/revise': {
    access: 'review.item.submit',
    record: 'reviewItem',
    body: { text: '矩阵测试修改稿全文。' },
  },
  'DELETE /api/v1/review/items/{id}/findings/{findingId}': {
    access: 'review.item.review',
    record: 'reviewFinding',
    consumes: true,
  },
  'GET /api/v1/review/items/{id}/opinions/{opinionId}/document': {
    access: 'review.item.read',
    record: 'reviewOpinion',
  },
  'POST /api/v1/review/items/{id}/feedback': { access: 'review.item.submit', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/decide': {
    access: 'review.item.decide',
    record: 'reviewItem',
    body: { decidedOn: '2024-11-20' },
  },
  'POST /api/v1/review/items/{id}/filing': {
    access: 'review.item.submit',
    record: 'reviewItem',
    body: { fileId: '{myFile}' },
  },
  'GET /api/v1/review/stats': { access: 'review.ledger.read', query: { year: '2024' } },
  'GET /api/v1/review/dashboard': { access: 'review.ledger.read' },
  'GET /api/v1/review/filings': { access: 'review.ledger.read' },
  'GET /api/v1/review/import/template': { access: 'review.ledger.import' },
  'POST /api/v1/review/import': { access: 'review.ledger.import', multipart: true },
  'GET /api/v1/review/fcr': { access: 'review.item.read' },
  'POST /api/v1/review/fcr': { access: 'review.fcr.manage' },
  'GET /api/v1/review/fcr/{id}': { access: 'review.item.read', record: 'fcr' },
  'PATCH /api/v1/review/fcr/{id}': { access: 'review.fcr.manage', record: 'fcr' },
  'POST /api/v1/review/fcr/{id}/conclude': {
    access: 'review.fcr.manage',
    record: 'fcr',
    townWrite: true,
  },
  'GET /api/v1/review/fcr-cleanups': { access: 'review.item.read' },
  'POST /api/v1/review/fcr-cleanups': {
    access: 'review.fcr.manage',
    body: { reviewedOn: '2024-11-20' },
  },
  'GET /api/v1/review/settings': { access: 'review.item.read', perTown: 'query' },
  'PUT /api/v1/review/settings': { access: 'review.settings.manage', perTown: 'query' },
  'POST /api/v1/review/pre-review': { access: 'review.prereview.use' },
  'POST /api/v1/review/pre-review/docx': { access: 'review.prereview.use', multipart: true },
  'GET /api/v1/review/pre-review/rules': { access: 'review.prereview.use' },

  // 行政执法 (enforcement)
  'GET /api/v1/enforcement/vocabulary': { access: 'public' }, // a static catalogue of labels
  'GET /api/v1/enforcement/cases': { access: 'enforcement.case.read' },
  'POST /api/v1/enforcement/cases': { access: 'enforcement.case.handle' },
  'GET /api/v1/enforcement/cases/export': { access: 'enforcement.case.read' },
  'GET /api/v1/enforcement/cases/{id}': {
    access: 'enforcement.case.read',
    record: 'enforcementCase',
  },
  'POST /api/v1/enforcement/cases/{id}/file': {
    access: 'enforcement.case.approve',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/end-investigation': {
    access: 'enforcement.case.handle',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/notify': {
    access: 'enforcement.case.handle',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/request-hearing': {
    access: 'enforcement.case.handle',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/close-defence': {
    access: 'enforcement.case.handle',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/finish-hearing': {
    access: 'enforcement.case.handle',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/legal-review': {
    access: 'enforcement.case.approve',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/discuss': {
    access: 'enforcement.case.approve',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/extend': {
    access: 'enforcement.case.approve',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/decide': {
    access: 'enforcement.case.approve',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/serve': {
    access: 'enforcement.case.handle',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/execute': {
    access: 'enforcement.case.handle',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/close': {
    access: 'enforcement.case.approve',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/not-punish': {
    access: 'enforcement.case.approve',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/withdraw': {
    access: 'enforcement.case.approve',
    record: 'enforcementCase',
    townWrite: true,
  },
  'GET /api/v1/enforcement/entrustments': { access: 'enforcement.case.read', perTown: 'query' },
  'POST /api/v1/enforcement/entrustments': {
    access: 'enforcement.authority.manage',
    body: {
      entrustingBody: '慈溪市应急管理局',
      fields: ['safety_fire'],
      powers: '矩阵测试委托权限',
      startsOn: '2024-01-01',
      endsOn: '2026-12-31',
    },
  },
  'GET /api/v1/public/enforcement/entrustments': { access: 'public', portal: true },
  'GET /api/v1/enforcement/certificates': { access: 'enforcement.case.read', perTown: 'query' },
  'POST /api/v1/enforcement/certificates': {
    access: 'enforcement.authority.manage',
    body: {
      userId: '01890000-0000-7000-8000-000000000000',
      certNo: '矩阵测试执法证',
      fields: ['safety_fire'],
      issuedOn: '2024-01-01',
      expiresOn: '2028-12-31',
    },
  },
  'GET /api/v1/enforcement/staff': { access: 'enforcement.authority.manage' },
  'GET /api/v1/enforcement/stats': {
    access: 'enforcement.case.read',
    perTown: 'query',
    query: { year: '2024' },
  },
  'GET /api/v1/enforcement/settings': { access: 'enforcement.case.read', perTown: 'query' },
  'PUT /api/v1/enforcement/settings': { access: 'enforcement.settings.manage', perTown: 'body' },
  'GET /api/v1/enforcement/inspections/vocabulary': { access: 'enforcement.inspection.read' },
  'GET /api/v1/enforcement/inspections': { access: 'enforcement.inspection.read' },
  'POST /api/v1/enforcement/inspections': {
    access: 'enforcement.inspection.record',
    townWrite: true,
    body: {
      kind: 'fire',
      inspectedOn: '2024-11-19',
      subjectName: '矩阵测试单位{uniq}',
      checklist: ['extinguishers', 'exits', 'facilities', 'wiring'].map((item) => ({
        item,
        passed: true,
      })),
      departments: [],
      inspectors: '矩阵测试',
    },
  },
  'GET /api/v1/enforcement/inspections/{id}': {
    access: 'enforcement.inspection.read',
    record: 'inspection',
  },
  'POST /api/v1/enforcement/inspections/{id}/photos': {
    access: 'enforcement.inspection.record',
    record: 'inspection',
    townWrite: true,
    body: { fileId: '{myFile}' },
  },
  'GET /api/v1/enforcement/hazards': { access: 'enforcement.inspection.read' },
  'GET /api/v1/enforcement/hazards/stats': {
    access: 'enforcement.inspection.read',
    query: { year: '2024' },
  },
  'POST /api/v1/enforcement/hazards': { access: 'enforcement.inspection.record', townWrite: true },
  'GET /api/v1/enforcement/hazards/{id}': {
    access: 'enforcement.inspection.read',
    record: 'hazard',
  },
  'POST /api/v1/enforcement/hazards/{id}/order': {
    access: 'enforcement.inspection.record',
    record: 'hazard',
    townWrite: true,
    body: { workingDays: 5 },
  },
  'POST /api/v1/enforcement/hazards/{id}/start': {
    access: 'enforcement.inspection.record',
    record: 'hazard',
    townWrite: true,
  },
  'POST /api/v1/enforcement/hazards/{id}/recheck': {
    access: 'enforcement.inspection.record',
    record: 'hazard',
    townWrite: true,
  },
  'POST /api/v1/enforcement/hazards/{id}/escalate': {
    access: 'enforcement.inspection.record',
    record: 'hazard',
    townWrite: true,
  },
  'POST /api/v1/enforcement/hazards/{id}/supervise': {
    access: 'enforcement.hazard.supervise',
    record: 'hazard',
    townWrite: true,
    body: { workingDays: 10 },
  },
  'POST /api/v1/enforcement/hazards/{id}/clear': {
    access: 'enforcement.hazard.supervise',
    record: 'hazard',
    townWrite: true,
  },
  ...LITIGATION_MATRIX,
  ...DECISIONS_MATRIX,
  ...LEGAL_SERVICES_MATRIX,
  ...PUFA_MATRIX,
  ...TEAM_MATRIX,
  ...ENFORCEMENT2_ROWS,
  ...REPORT_MATRIX,
};
