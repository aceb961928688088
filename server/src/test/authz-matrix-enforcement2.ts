import type { RouteRow } from './authz-matrix.js';

const caseStep = (access: RouteRow['access']): RouteRow => ({
  access,
  record: 'enforcementCase',
  townWrite: true,
});

/**
 * 行政执法, second part: the 简易程序, 当场收缴, 催告 and court-enforcement steps of a case, its 案卷
 * download, and the publication of its decision (art 48).
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
};
