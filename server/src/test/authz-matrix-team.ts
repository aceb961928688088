import type { RouteRow } from './authz-matrix.js';

const TOWN = { townWrite: true } as const;

/** 法治队伍与学法述法 (modules/team): roster, contracts, 学法, 述法 and the year's figures. */
export const TEAM_MATRIX: Record<string, RouteRow> = {
  'GET /api/v1/team/vocabulary': { access: 'team.read' },
  'GET /api/v1/team/members': { access: 'team.read' },
  'POST /api/v1/team/members': {
    access: 'team.manage',
    ...TOWN,
    body: { roles: ['cadre'], degree: 'bachelor', joinedOn: '2024-01-01' },
  },
  'POST /api/v1/team/members/{id}/leave': {
    access: 'team.manage',
    record: 'teamMember',
    ...TOWN,
    body: { leftOn: '2024-12-31' },
  },
  'POST /api/v1/team/members/{id}/trainings': {
    access: 'team.manage',
    record: 'teamMember',
    ...TOWN,
    body: { heldOn: '2024-05-01', minutes: 60 },
  },
  'GET /api/v1/team/contracts': { access: 'team.read' },
  'POST /api/v1/team/contracts': {
    access: 'team.manage',
    ...TOWN,
    body: { startsOn: '2024-01-01', endsOn: '2024-12-31' },
  },
  'POST /api/v1/team/contracts/{id}/logs': {
    access: 'team.manage',
    record: 'teamContract',
    ...TOWN,
    body: { servedOn: '2024-05-01', kind: 'opinion', minutes: 60 },
  },
  'GET /api/v1/team/study-plans': { access: 'team.read' },
  'POST /api/v1/team/study-plans': { access: 'team.manage', ...TOWN, body: { year: 2024 } },
  'GET /api/v1/team/study-sessions': { access: 'team.read' },
  'POST /api/v1/team/study-sessions': {
    access: 'team.manage',
    ...TOWN,
    body: { kind: 'thematic', heldOn: '2024-05-01' },
  },
  'GET /api/v1/team/shufa': { access: 'team.read' },
  'POST /api/v1/team/shufa': {
    access: 'team.manage',
    ...TOWN,
    body: {
      year: 2024,
      heldOn: '2024-12-27',
      form: 'on_site',
      scores: [{ panelist: '矩阵', score: 90 }],
    },
  },
  'GET /api/v1/team/stats': { access: 'team.read', perTown: 'query', query: { year: '2024' } },
};
