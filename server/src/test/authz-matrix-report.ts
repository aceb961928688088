import type { RouteRow } from './authz-matrix.js';

const REPORT = { record: 'lawReport', townWrite: true } as const;

/** 法治指标与年度报告 (modules/report): indicators, entered figures, the report and its steps. */
export const REPORT_MATRIX: Record<string, RouteRow> = {
  'GET /api/v1/indicators': { access: 'report.read', perTown: 'query', query: { year: '2024' } },
  'GET /api/v1/indicators/towns': { access: 'report.read', query: { year: '2024' } },
  'GET /api/v1/cockpit': { access: 'report.read', perTown: 'query', query: { year: '2024' } },
  'GET /api/v1/cockpit/towns': { access: 'report.read', query: { year: '2024' } },
  'PUT /api/v1/indicators/{year}/entries': {
    access: 'report.edit',
    perTown: 'body',
    townWrite: true,
    body: {
      key: 'entered.fraudLossDecline',
      value: 54.8,
      sourceDocument: '矩阵测试来源',
      sourceDate: '2024-12-03',
    },
  },
  'GET /api/v1/law-reports/{year}': { access: 'report.read', perTown: 'query' },
  'PUT /api/v1/law-reports/{year}/narrative': {
    access: 'report.edit',
    perTown: 'body',
    townWrite: true,
    body: { paragraphs: {} },
  },
  'GET /api/v1/law-reports/{year}/docx': { access: 'report.read', perTown: 'query' },
  'GET /api/v1/portal/law-reports': { access: 'public' },
  'GET /api/v1/portal/law-reports/{year}/docx': {
    access: 'public',
    skip: 'no report is published in the demo until every module binds its figures; covered by modules/report/report.api.test.ts',
  },
  'POST /api/v1/law-reports/by-id/{id}/submit': { access: 'report.edit', ...REPORT },
  'POST /api/v1/law-reports/by-id/{id}/return': { access: 'report.approve', ...REPORT },
  'POST /api/v1/law-reports/by-id/{id}/approve': { access: 'report.approve', ...REPORT },
  'POST /api/v1/law-reports/by-id/{id}/publish': { access: 'report.edit', ...REPORT },
  'POST /api/v1/law-reports/by-id/{id}/report': { access: 'report.edit', ...REPORT },
};
