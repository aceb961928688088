import type { RouteRow } from './authz-matrix.js';

const step = (access: RouteRow['access'], body?: Record<string, unknown>): RouteRow => ({
  access,
  record: 'dispute',
  townWrite: true,
  ...(body ? { body } : {}),
});

/** 矛盾纠纷调解 routes (issue 11): reads for staff with disputes.read, steps for the town's mediators. */
export const DISPUTES_MATRIX: Record<string, RouteRow> = {
  'GET /api/v1/disputes/vocabulary': { access: 'public' }, // a static catalogue of labels
  'GET /api/v1/disputes': { access: 'disputes.read' },
  'GET /api/v1/disputes/export': { access: 'disputes.read' },
  'GET /api/v1/disputes/stats': {
    access: 'disputes.read',
    perTown: 'query',
    query: { year: '2024' },
  },
  'POST /api/v1/disputes': {
    access: 'disputes.intake',
    townWrite: true,
    body: {
      channel: 'walk_in',
      category: 'neighbour',
      title: '矩阵测试{uniq}',
      facts: '矩阵测试',
      parties: [
        { role: 'applicant', name: '矩阵甲{uniq}' },
        { role: 'respondent', name: '矩阵乙' },
      ],
    },
  },
  'GET /api/v1/disputes/import/template': { access: 'disputes.intake' },
  'POST /api/v1/disputes/import/preview': {
    access: 'disputes.intake',
    townWrite: true,
    multipart: true,
  },
  'POST /api/v1/disputes/import': { access: 'disputes.intake', townWrite: true, multipart: true },
  'GET /api/v1/disputes/{id}': { access: 'disputes.read', record: 'dispute' },
  'POST /api/v1/disputes/{id}/route': step('disputes.intake', {
    handlerKind: 'town_committee',
    handlerName: '桥头镇人民调解委员会',
  }),
  'POST /api/v1/disputes/{id}/accept': step('disputes.handle'),
  'POST /api/v1/disputes/{id}/return': step('disputes.handle'),
  'POST /api/v1/disputes/{id}/decline': step('disputes.handle'),
  'POST /api/v1/disputes/{id}/sessions': step('disputes.handle'),
  'POST /api/v1/disputes/{id}/extend': step('disputes.handle'),
  'POST /api/v1/disputes/{id}/agree': step('disputes.handle'),
  'POST /api/v1/disputes/{id}/agree-oral': step('disputes.handle'),
  'POST /api/v1/disputes/{id}/fail': step('disputes.handle'),
  'POST /api/v1/disputes/{id}/confirmation': step('disputes.handle'),
  'POST /api/v1/disputes/{id}/revisit': step('disputes.intake'),
  'POST /api/v1/disputes/{id}/signatures': step('disputes.handle', {
    fileId: '{myFile}',
    signer: '矩阵乙',
  }),
  'POST /api/v1/disputes/{id}/photos': step('disputes.handle', { fileId: '{myFile}' }),
};
