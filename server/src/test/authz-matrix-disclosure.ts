import type { RouteRow } from './authz-matrix.js';

/** 政务公开 (modules/disclosure): proactive items, applications, the annual report and the portal. */
export const DISCLOSURE_MATRIX: Record<string, RouteRow> = {
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
};
