import type { RouteRow } from './authz-matrix.js';

/** 普法 (modules/pufa): the quiz engine for staff, its portal, and the year's figures. */
export const PUFA_MATRIX: Record<string, RouteRow> = {
  'GET /api/v1/pufa/vocabulary': { access: 'pufa.read' },
  'GET /api/v1/pufa/questions': { access: 'pufa.read' },
  'POST /api/v1/pufa/questions': {
    access: 'pufa.manage',
    townWrite: true,
    body: { kind: 'judge', answer: [0] },
  },
  'POST /api/v1/pufa/questions/{id}/retire': {
    access: 'pufa.manage',
    record: 'pufaQuestion',
    townWrite: true,
  },
  'GET /api/v1/pufa/quizzes': { access: 'pufa.read' },
  'POST /api/v1/pufa/quizzes': {
    access: 'pufa.manage',
    townWrite: true,
    body: {
      questionCount: 1,
      pointsPerQuestion: 10,
      timeLimitSeconds: 600,
      attemptsPerDay: 1,
      targetPopulation: 10,
      opensOn: '2024-11-01',
      closesOn: '2024-11-30',
    },
  },
  'GET /api/v1/pufa/quizzes/{id}': { access: 'pufa.read', record: 'pufaQuiz' },
  'POST /api/v1/pufa/quizzes/{id}/open': {
    access: 'pufa.manage',
    record: 'pufaQuiz',
    townWrite: true,
  },
  'POST /api/v1/pufa/quizzes/{id}/close': {
    access: 'pufa.manage',
    record: 'pufaQuiz',
    townWrite: true,
  },
  'GET /api/v1/pufa/quizzes/{id}/results': { access: 'pufa.read', record: 'pufaQuiz' },
  'GET /api/v1/pufa/quizzes/{id}/leaderboard': { access: 'pufa.read', record: 'pufaQuiz' },
  'GET /api/v1/pufa/quizzes/{id}/results/export': {
    access: 'pufa.results.export',
    record: 'pufaQuiz',
  },
  'GET /api/v1/pufa/contents': { access: 'pufa.read' },
  'POST /api/v1/pufa/contents': {
    access: 'pufa.manage',
    townWrite: true,
    body: { kind: 'article', audience: 'public' },
  },
  'POST /api/v1/pufa/contents/{id}/publish': {
    access: 'pufa.manage',
    record: 'pufaContent',
    townWrite: true,
    body: { publishedOn: '2024-11-20' },
  },
  'GET /api/v1/pufa/contents/{id}': { access: 'pufa.read', record: 'pufaContent' },
  'POST /api/v1/pufa/contents/{id}/withdraw': {
    access: 'pufa.manage',
    record: 'pufaContent',
    townWrite: true,
    body: { reason: '矩阵' },
  },
  'POST /api/v1/pufa/contents/{id}/participants': {
    access: 'pufa.manage',
    record: 'pufaContent',
    townWrite: true,
    body: { participants: 10 },
  },
  'GET /api/v1/pufa/duty-list': { access: 'pufa.read' },
  'POST /api/v1/pufa/duty-list': { access: 'pufa.manage', townWrite: true, body: { year: 2024 } },
  'GET /api/v1/pufa/village-leaders': { access: 'pufa.read' },
  'POST /api/v1/pufa/village-leaders': {
    access: 'pufa.manage',
    record: 'village',
    townWrite: true,
    body: { villageId: '{village}', kind: 'legal_understanding' },
  },
  'GET /api/v1/public/pufa/contents': { access: 'public' },
  'GET /api/v1/public/pufa/contents/{id}': {
    access: 'public',
    record: 'pufaPublishedContent',
    portal: true,
  },
  'GET /api/v1/public/pufa/duty-list': { access: 'public' },
  'GET /api/v1/pufa/stats': { access: 'pufa.read', perTown: 'query', query: { year: '2024' } },
  'GET /api/v1/public/pufa/quizzes': { access: 'public' },
  'GET /api/v1/public/pufa/quizzes/{id}': {
    access: 'public',
    record: 'pufaOpenQuiz',
    portal: true,
  },
  'POST /api/v1/public/pufa/quizzes/{id}/sms-code': {
    access: 'public',
    record: 'pufaOpenQuiz',
    portal: true,
    body: { phone: '13800000000' },
  },
  'POST /api/v1/public/pufa/quizzes/{id}/attempts': {
    access: 'public',
    record: 'pufaOpenQuiz',
    portal: true,
    body: { phone: '13800000000' },
  },
  'POST /api/v1/public/pufa/attempts/{id}/submit': {
    access: 'public',
    skip: 'answers 404 without the attempt’s one-time token by design; covered by quiz.api.test.ts',
  },
};
