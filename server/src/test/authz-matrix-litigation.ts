import type { RouteRow } from './authz-matrix.js';

const CASE = { record: 'litigationCase', townWrite: true } as const;

/** 行政复议与行政应诉 (modules/litigation): the register, its steps, statistics and ledger. */
export const LITIGATION_MATRIX: Record<string, RouteRow> = {
  'GET /api/v1/litigation/vocabulary': { access: 'litigation.case.read' },
  'GET /api/v1/litigation/cases': { access: 'litigation.case.read' },
  'GET /api/v1/litigation/cases/export': { access: 'litigation.case.read' },
  'GET /api/v1/litigation/stats': {
    access: 'litigation.case.read',
    perTown: 'query',
    query: { year: '2024' },
  },
  'POST /api/v1/litigation/cases': {
    access: 'litigation.case.handle',
    townWrite: true,
    body: {
      kind: 'reconsideration',
      caseNo: '矩阵〔2024〕{uniq}号',
      receivedOn: '2024-11-19',
    },
  },
  'GET /api/v1/litigation/cases/{id}': { access: 'litigation.case.read', record: 'litigationCase' },
  'POST /api/v1/litigation/cases/{id}/consult': {
    access: 'litigation.consult.record',
    ...CASE,
    body: { heldOn: '2024-11-20', attendees: ['矩阵测试'] },
  },
  'POST /api/v1/litigation/cases/{id}/reconsult': {
    access: 'litigation.consult.record',
    ...CASE,
    body: { heldOn: '2024-11-20', attendees: ['矩阵测试'] },
  },
  'POST /api/v1/litigation/cases/{id}/appeal': {
    access: 'litigation.case.handle',
    ...CASE,
    body: { by: 'other', on: '2024-11-20' },
  },
  'POST /api/v1/litigation/cases/{id}/answer': {
    access: 'litigation.case.handle',
    ...CASE,
    body: { filedOn: '2024-11-20' },
  },
  'POST /api/v1/litigation/cases/{id}/hear': {
    access: 'litigation.case.handle',
    ...CASE,
    body: { heldOn: '2024-11-20', leaderAppeared: true, leaderName: '矩阵', leaderTitle: '副镇长' },
  },
  'POST /api/v1/litigation/cases/{id}/conclude': {
    access: 'litigation.case.handle',
    ...CASE,
    body: { outcome: 'upheld', decisionForm: 'decision', servedOn: '2024-11-20' },
  },
  'POST /api/v1/litigation/cases/{id}/evaluate': { access: 'litigation.case.handle', ...CASE },
  'POST /api/v1/litigation/cases/{id}/rectify': { access: 'litigation.case.handle', ...CASE },
};
