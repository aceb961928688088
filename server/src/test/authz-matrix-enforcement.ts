import type { RouteRow } from './authz-matrix.js';

/** 行政执法 (modules/enforcement): cases, entrustments, certificates, inspections and hazards. */
export const ENFORCEMENT_MATRIX: Record<string, RouteRow> = {
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
  'POST /api/v1/enforcement/cases/{id}/preserve-evidence': {
    access: 'enforcement.case.approve',
    record: 'enforcementCase',
    townWrite: true,
  },
  'POST /api/v1/enforcement/cases/{id}/decide-preserved': {
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
};
