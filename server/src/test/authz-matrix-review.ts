import type { RouteRow } from './authz-matrix.js';

/** 合法性审查 (modules/review): items, work, ledgers, fair-competition records. */
export const REVIEW_MATRIX: Record<string, RouteRow> = {
  // 合法性审查 (legality review)
  'GET /api/v1/review/meta': { access: 'public' }, // a static catalogue of labels
  'GET /api/v1/review/items': { access: 'review.item.read' },
  'POST /api/v1/review/items': { access: 'review.item.submit' },
  'GET /api/v1/review/items/{id}': { access: 'review.item.read', record: 'reviewItem' },
  'PATCH /api/v1/review/items/{id}': {
    access: 'review.item.submit',
    record: 'reviewItem',
    body: { title: '矩阵测试规范性文件{uniq}' },
  },
  'POST /api/v1/review/items/{id}/materials': {
    access: 'review.item.submit',
    record: 'reviewItem',
    body: { key: 'other', note: '纸质原件已核对' },
  },
  'DELETE /api/v1/review/items/{id}/materials/{materialId}': {
    access: 'review.item.submit',
    record: 'reviewMaterial',
    consumes: true,
  },
  'POST /api/v1/review/items/{id}/submit': { access: 'review.item.submit', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/accept': { access: 'review.item.accept', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/return': { access: 'review.item.accept', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/resubmit': { access: 'review.item.submit', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/withdraw': { access: 'review.item.submit', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/archive': { access: 'review.item.accept', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/start-review': {
    access: 'review.item.review',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/request-supplement': {
    access: 'review.item.review',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/hits/{hitId}': {
    access: 'review.item.review',
    record: 'reviewHit',
  },
  'POST /api/v1/review/items/{id}/findings': { access: 'review.item.review', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/draft-opinion': {
    access: 'review.item.review',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/adviser-opinions': {
    access: 'review.item.advise',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/co-review': {
    access: 'review.item.review',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/co-review/answer': {
    access: 'review.item.co_review',
    record: 'reviewItem',
  },
  'POST /api/v1/review/items/{id}/opinion': {
    access: 'review.item.review',
    record: 'reviewItem',
    body: {
      checklist: {
        subject: 'pass',
        authority: 'pass',
        procedure: 'pass',
        content: 'pass',
        form: 'pass',
      },
      bases: ['《矩阵测试条例》第一条'],
    },
  },
  'POST /api/v1/review/items/{id}/revise': {
    access: 'review.item.submit',
    record: 'reviewItem',
    body: { text: '矩阵测试修改稿全文。' },
  },
  'DELETE /api/v1/review/items/{id}/findings/{findingId}': {
    access: 'review.item.review',
    record: 'reviewFinding',
    consumes: true,
  },
  'GET /api/v1/review/items/{id}/opinions/{opinionId}/document': {
    access: 'review.item.read',
    record: 'reviewOpinion',
  },
  'POST /api/v1/review/items/{id}/feedback': { access: 'review.item.submit', record: 'reviewItem' },
  'POST /api/v1/review/items/{id}/decide': {
    access: 'review.item.decide',
    record: 'reviewItem',
    body: { decidedOn: '2024-11-20' },
  },
  'POST /api/v1/review/items/{id}/filing': {
    access: 'review.item.submit',
    record: 'reviewItem',
    body: { fileId: '{myFile}' },
  },
  'GET /api/v1/review/stats': { access: 'review.ledger.read', query: { year: '2024' } },
  'GET /api/v1/review/dashboard': { access: 'review.ledger.read' },
  'GET /api/v1/review/filings': { access: 'review.ledger.read' },
  'GET /api/v1/review/import/template': { access: 'review.ledger.import' },
  'POST /api/v1/review/import': { access: 'review.ledger.import', multipart: true },
  'GET /api/v1/review/fcr': { access: 'review.item.read' },
  'POST /api/v1/review/fcr': { access: 'review.fcr.manage' },
  'GET /api/v1/review/fcr/{id}': { access: 'review.item.read', record: 'fcr' },
  'PATCH /api/v1/review/fcr/{id}': { access: 'review.fcr.manage', record: 'fcr' },
  'POST /api/v1/review/fcr/{id}/conclude': {
    access: 'review.fcr.manage',
    record: 'fcr',
    townWrite: true,
  },
  'GET /api/v1/review/fcr-cleanups': { access: 'review.item.read' },
  'POST /api/v1/review/fcr-cleanups': {
    access: 'review.fcr.manage',
    body: { reviewedOn: '2024-11-20' },
  },
  'GET /api/v1/review/settings': { access: 'review.item.read', perTown: 'query' },
  'PUT /api/v1/review/settings': { access: 'review.settings.manage', perTown: 'query' },
  'POST /api/v1/review/pre-review': { access: 'review.prereview.use' },
  'POST /api/v1/review/pre-review/docx': { access: 'review.prereview.use', multipart: true },
  'GET /api/v1/review/pre-review/rules': { access: 'review.prereview.use' },
};
