import type { RouteRow } from './authz-matrix.js';

const DECISION = { record: 'decision', townWrite: true } as const;
const CATALOGUE = { record: 'decisionCatalogue', townWrite: true } as const;
const ENTRY = { record: 'decisionEntry', townWrite: true } as const;
const COMMENT = { record: 'decisionComment', townWrite: true } as const;
const EXPERT = { record: 'decisionExpert', townWrite: true } as const;
const DAY = '2024-11-19';

/** 重大行政决策 (modules/decisions): the catalogue, the decisions and their steps, comments, the portal. */
export const DECISIONS_MATRIX: Record<string, RouteRow> = {
  'GET /api/v1/decisions/vocabulary': { access: 'decisions.read' },
  'GET /api/v1/decisions/catalogues': { access: 'decisions.read', perTown: 'query' },
  'POST /api/v1/decisions/catalogues': {
    access: 'decisions.handle',
    townWrite: true,
    body: { year: 2031 },
  },
  'POST /api/v1/decisions/catalogues/{id}/entries': {
    access: 'decisions.handle',
    ...CATALOGUE,
    body: { reason: '矩阵测试新增', procedures: [], plannedBy: DAY },
  },
  'POST /api/v1/decisions/catalogues/{id}/approve': {
    access: 'decisions.decide',
    ...CATALOGUE,
    body: { approvedOn: DAY },
  },
  'POST /api/v1/decisions/catalogues/{id}/publish': {
    access: 'decisions.handle',
    ...CATALOGUE,
    body: { publishedOn: DAY },
  },
  'POST /api/v1/decisions/catalogue-entries/{id}/adjust': {
    access: 'decisions.handle',
    ...ENTRY,
    body: { reason: '矩阵测试调整' },
  },
  'POST /api/v1/decisions/catalogue-entries/{id}/withdraw': {
    access: 'decisions.handle',
    ...ENTRY,
    body: { reason: '矩阵测试撤销' },
  },
  'GET /api/v1/decisions': { access: 'decisions.read' },
  'POST /api/v1/decisions': {
    access: 'decisions.handle',
    townWrite: true,
    skip: 'needs an approved catalogue entry without a decision (a body id per scope); decisions.api.test.ts covers NOT_IN_CATALOGUE and the launch',
  },
  'GET /api/v1/decisions/stats': {
    access: 'decisions.read',
    perTown: 'query',
    query: { year: '2024' },
  },
  'GET /api/v1/decisions/{id}': { access: 'decisions.read', record: 'decision' },
  'POST /api/v1/decisions/{id}/drafts': { access: 'decisions.handle', ...DECISION },
  'POST /api/v1/decisions/{id}/notices/{kind}': { access: 'decisions.handle', ...DECISION },
  'GET /api/v1/decisions/{id}/file': { access: 'decisions.read', ...DECISION },
  'GET /api/v1/decisions/{id}/legality-candidates': { access: 'decisions.handle', ...DECISION },
  'GET /api/v1/decisions/{id}/comments': { access: 'decisions.read', record: 'decision' },
  'POST /api/v1/decisions/{id}/comments/{commentId}/moderate': {
    access: 'decisions.handle',
    ...COMMENT,
  },
  'POST /api/v1/decisions/{id}/comments/{commentId}/answer': {
    access: 'decisions.handle',
    ...COMMENT,
  },
  'POST /api/v1/decisions/{id}/launch': {
    access: 'decisions.decide',
    ...DECISION,
    body: { launchedOn: DAY },
  },
  'POST /api/v1/decisions/{id}/draft': { access: 'decisions.handle', ...DECISION },
  'POST /api/v1/decisions/{id}/open-comment': {
    access: 'decisions.handle',
    ...DECISION,
    body: { opensOn: DAY, closesOn: DAY },
  },
  'POST /api/v1/decisions/{id}/withhold-participation': { access: 'decisions.handle', ...DECISION },
  'POST /api/v1/decisions/{id}/close-comment': { access: 'decisions.handle', ...DECISION },
  'POST /api/v1/decisions/{id}/expert-review': { access: 'decisions.handle', ...DECISION },
  'POST /api/v1/decisions/{id}/assess-risk': { access: 'decisions.handle', ...DECISION },
  'POST /api/v1/decisions/{id}/fair-competition': { access: 'decisions.handle', ...DECISION },
  'POST /api/v1/decisions/{id}/link-legality': { access: 'decisions.handle', ...DECISION },
  'POST /api/v1/decisions/{id}/report-party': {
    access: 'decisions.handle',
    ...DECISION,
    body: { reportedOn: DAY },
  },
  'POST /api/v1/decisions/{id}/decide': {
    access: 'decisions.decide',
    ...DECISION,
    body: { meetingOn: DAY },
  },
  'POST /api/v1/decisions/{id}/publish': {
    access: 'decisions.handle',
    ...DECISION,
    body: { publishedOn: DAY },
  },
  'POST /api/v1/decisions/{id}/implement': { access: 'decisions.handle', ...DECISION },
  'POST /api/v1/decisions/{id}/evaluate': { access: 'decisions.decide', ...DECISION },
  'POST /api/v1/decisions/{id}/adjust': { access: 'decisions.decide', ...DECISION },
  'POST /api/v1/decisions/{id}/stop': { access: 'decisions.decide', ...DECISION },
  'GET /api/v1/decisions/settings': { access: 'decisions.read', perTown: 'query' },
  'PUT /api/v1/decisions/settings': { access: 'decisions.handle', townWrite: true },
  'GET /api/v1/decisions/experts': { access: 'decisions.read' },
  'POST /api/v1/decisions/experts': { access: 'decisions.handle', townWrite: true },
  'GET /api/v1/decisions/{id}/procedures': { access: 'decisions.read', record: 'decision' },
  'POST /api/v1/decisions/{id}/hearing': {
    access: 'decisions.handle',
    ...DECISION,
    body: { hearingOn: DAY, announcedOn: DAY, materialsSentOn: DAY },
  },
  'POST /api/v1/decisions/{id}/hearing/record': {
    access: 'decisions.handle',
    ...DECISION,
    body: { recordedOn: DAY },
  },
  'POST /api/v1/decisions/{id}/expert-conflicts': {
    access: 'decisions.handle',
    ...EXPERT,
    body: { expertId: '{conflictExpertId}', declaredOn: DAY },
  },
  'POST /api/v1/decisions/{id}/experts': {
    access: 'decisions.handle',
    ...EXPERT,
    body: { expertIds: ['{expertId}'], chosenOn: DAY },
  },
  'POST /api/v1/decisions/{id}/experts/{expertId}/opinion': {
    access: 'decisions.handle',
    ...EXPERT,
    body: { signedOn: DAY },
  },
  'POST /api/v1/decisions/{id}/risk-report': {
    access: 'decisions.handle',
    ...DECISION,
    body: { reportedOn: DAY },
  },
  'GET /api/v1/public/decisions': { access: 'public' },
  'GET /api/v1/public/decisions/catalogues/{year}': { access: 'public' },
  'GET /api/v1/public/decisions/{id}': { access: 'public', record: 'decision', portal: true },
  'POST /api/v1/public/decisions/{id}/comments': {
    access: 'public',
    record: 'decision',
    portal: true,
    anonymousOnly: 'limited per address (429 after twenty an hour)',
  },
  'POST /api/v1/public/decisions/{id}/comments/code': {
    access: 'public',
    record: 'decision',
    portal: true,
    body: { phone: '13800000000' },
    anonymousOnly: 'an SMS per phone a minute and twenty per address an hour (429 after)',
  },
};
