import type { RouteRow } from './authz-matrix.js';

const caseStep = (access: RouteRow['access']): RouteRow => ({
  access,
  record: 'enforcementCase',
  townWrite: true,
});

/**
 * 行政执法, second part: the 简易程序, 当场收缴, 催告 and court-enforcement steps of a case, its 案卷
 * download, and the publication of its decision (art 48); 双随机 plans and training hours.
 */
export const ENFORCEMENT2_ROWS: Record<string, RouteRow> = {
  'POST /api/v1/enforcement/cases/{id}/to-general': caseStep('enforcement.case.handle'),
  'POST /api/v1/enforcement/cases/{id}/decide-on-spot': caseStep('enforcement.case.handle'),
  'POST /api/v1/enforcement/cases/{id}/report': caseStep('enforcement.case.handle'),
  'POST /api/v1/enforcement/cases/{id}/collect-on-spot': caseStep('enforcement.case.handle'),
  'POST /api/v1/enforcement/cases/{id}/hand-over': caseStep('enforcement.case.handle'),
  'GET /api/v1/enforcement/cases/{id}/case-file': caseStep('enforcement.case.read'),
  'POST /api/v1/enforcement/cases/{id}/urge': caseStep('enforcement.case.handle'),
  'POST /api/v1/enforcement/cases/{id}/apply-court': caseStep('enforcement.case.approve'),
  'POST /api/v1/enforcement/cases/{id}/publish': caseStep('enforcement.case.approve'),
  'POST /api/v1/enforcement/cases/{id}/withdraw-publication': {
    ...caseStep('enforcement.case.approve'),
    body: { changedOn: '2024-11-20', reason: '矩阵测试：复议决定撤销原处罚决定' },
  },
  'GET /api/v1/public/enforcement/decisions': { access: 'public', portal: true },
  'GET /api/v1/enforcement/cases/import/template': { access: 'enforcement.case.handle' },
  'POST /api/v1/enforcement/cases/import': {
    access: 'enforcement.case.handle',
    townWrite: true,
    multipart: true,
  },
  // 双随机、一公开 抽查计划 (plans/) and 执法人员培训学时 (training/)
  'GET /api/v1/enforcement/plans': { access: 'enforcement.inspection.read' },
  'POST /api/v1/enforcement/plans': {
    access: 'enforcement.inspection.record',
    townWrite: true,
    body: {
      name: '矩阵测试抽查计划',
      year: 2024,
      period: '第四季度',
      matter: '矩阵测试抽查事项',
      legalBasis: '《消防法》第五十三条',
      objects: ['矩阵测试单位甲', '矩阵测试单位乙'],
      drawCount: 1,
      officersPerInspection: 2,
    },
  },
  'GET /api/v1/enforcement/plans/{id}': {
    access: 'enforcement.inspection.read',
    record: 'enforcementPlan',
  },
  'POST /api/v1/enforcement/plans/{id}/draw': {
    access: 'enforcement.inspection.record',
    record: 'enforcementPlan',
    townWrite: true,
  },
  'POST /api/v1/enforcement/plans/{id}/publish': {
    access: 'enforcement.inspection.record',
    record: 'enforcementPlan',
    townWrite: true,
  },
  'GET /api/v1/public/enforcement/plans': { access: 'public', portal: true },
  'GET /api/v1/enforcement/trainings': {
    access: 'enforcement.case.read',
    perTown: 'query',
    query: { year: '2024' },
  },
  'POST /api/v1/enforcement/trainings': {
    access: 'enforcement.authority.manage',
    body: {
      userId: '01890000-0000-7000-8000-000000000000',
      heldOn: '2024-03-12',
      hours: 2,
      topic: '矩阵测试培训',
    },
  },
};
