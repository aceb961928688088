import type { RouteRow } from './authz-matrix.js';

const WINDOW = { record: 'legalWindow', townWrite: true } as const;
const AID = { record: 'legalAid', townWrite: true } as const;
const HANDLE = 'legal_services.station.handle' as const;
const VISIT = { channel: 'walk_in', visitorName: '矩阵', topic: '矩阵测试', outcome: 'answered' };

/** 公共法律服务 (modules/legal-services): station, legal aid, 司法协助, village advisers, the portal. */
export const LEGAL_SERVICES_MATRIX: Record<string, RouteRow> = {
  'GET /api/v1/legal-services/vocabulary': { access: 'public' }, // a static catalogue of labels
  'GET /api/v1/legal-services/windows': { access: 'legal_services.station.read', perTown: 'query' },
  'POST /api/v1/legal-services/windows': {
    access: 'legal_services.window.manage',
    townWrite: true,
    body: { code: 'Z', name: '矩阵窗口', kind: 'other' },
  },
  'POST /api/v1/legal-services/windows/defaults': {
    access: 'legal_services.window.manage',
    townWrite: true,
  },
  'PATCH /api/v1/legal-services/windows/{id}': {
    access: 'legal_services.window.manage',
    ...WINDOW,
    body: { name: '法律咨询窗口', active: true },
  },
  'POST /api/v1/legal-services/windows/{id}/call-next': { access: HANDLE, ...WINDOW },
  'POST /api/v1/legal-services/windows/{id}/tickets': { access: HANDLE, ...WINDOW },
  'POST /api/v1/legal-services/windows/{id}/visits': { access: HANDLE, ...WINDOW, body: VISIT },
  'POST /api/v1/legal-services/windows/{id}/visits/batch': {
    access: HANDLE,
    ...WINDOW,
    body: { visits: [VISIT] },
  },
  'GET /api/v1/legal-services/queue': { access: 'legal_services.station.read', perTown: 'query' },
  'POST /api/v1/legal-services/queue/tickets/{id}/skip': {
    access: HANDLE,
    record: 'legalTicket',
    townWrite: true,
  },
  'GET /api/v1/legal-services/visits': { access: 'legal_services.station.read' },
  'GET /api/v1/legal-services/visits/export': { access: 'legal_services.station.read' },
  'POST /api/v1/legal-services/visits/{id}/rating': {
    access: HANDLE,
    record: 'legalVisit',
    townWrite: true,
    body: { rating: 5 },
  },
  'GET /api/v1/legal-services/appointments': { access: 'legal_services.station.read' },
  'POST /api/v1/legal-services/appointments/{id}/check-in': {
    access: HANDLE,
    record: 'legalAppointment',
    townWrite: true,
  },
  'POST /api/v1/legal-services/appointments/{id}/cancel': {
    access: HANDLE,
    record: 'legalAppointment',
    townWrite: true,
  },
  'GET /api/v1/legal-services/questions': { access: 'legal_services.station.read' },
  'POST /api/v1/legal-services/questions/{id}/answer': {
    access: HANDLE,
    record: 'legalQuestion',
    townWrite: true,
    body: { answer: '矩阵测试答复' },
  },
  'GET /api/v1/legal-services/stats': {
    access: 'legal_services.station.read',
    perTown: 'query',
    query: { year: '2024' },
  },
  'GET /api/v1/legal-services/aid': { access: 'legal_services.aid.read' },
  'POST /api/v1/legal-services/aid': {
    access: 'legal_services.aid.handle',
    townWrite: true,
    body: { matter: 'a31_labour', meansMethod: 'pledge', pledgeSigned: true },
  },
  'GET /api/v1/legal-services/aid/{id}': { access: 'legal_services.aid.read', record: 'legalAid' },
  'POST /api/v1/legal-services/aid/{id}/forward': {
    access: 'legal_services.aid.handle',
    ...AID,
    body: { forwardedOn: '2024-11-20' },
  },
  'POST /api/v1/legal-services/aid/{id}/request-materials': {
    access: 'legal_services.aid.handle',
    ...AID,
    body: { requestedOn: '2024-11-20', dueOn: '2024-11-30' },
  },
  'POST /api/v1/legal-services/aid/{id}/supply-materials': {
    access: 'legal_services.aid.handle',
    ...AID,
    body: { suppliedOn: '2024-11-20' },
  },
  'POST /api/v1/legal-services/aid/{id}/deem-withdrawn': {
    access: 'legal_services.aid.handle',
    ...AID,
  },
  'POST /api/v1/legal-services/aid/{id}/advance': {
    access: 'legal_services.aid.handle',
    ...AID,
    body: { decidedOn: '2024-11-20' },
  },
  'POST /api/v1/legal-services/aid/{id}/grant': {
    access: 'legal_services.aid.handle',
    ...AID,
    body: { decidedOn: '2024-11-20' },
  },
  'POST /api/v1/legal-services/aid/{id}/refuse': {
    access: 'legal_services.aid.handle',
    ...AID,
    body: { decidedOn: '2024-11-20' },
  },
  'POST /api/v1/legal-services/aid/{id}/assign': {
    access: 'legal_services.aid.handle',
    ...AID,
    body: { assignedOn: '2024-11-20' },
  },
  'POST /api/v1/legal-services/aid/{id}/object': {
    access: 'legal_services.aid.handle',
    ...AID,
    body: { objectedOn: '2024-11-20' },
  },
  'POST /api/v1/legal-services/aid/{id}/decide-objection': {
    access: 'legal_services.aid.handle',
    ...AID,
    body: { decidedOn: '2024-11-20' },
  },
  'POST /api/v1/legal-services/aid/{id}/close': {
    access: 'legal_services.aid.handle',
    ...AID,
    body: { closedOn: '2024-11-20' },
  },
  'GET /api/v1/legal-services/assistance': { access: 'legal_services.assistance.read' },
  'POST /api/v1/legal-services/assistance': {
    access: 'legal_services.assistance.record',
    townWrite: true,
    body: { receivedOn: '2024-11-19' },
  },
  'GET /api/v1/legal-services/advisers': { access: 'legal_services.adviser.read' },
  'POST /api/v1/legal-services/advisers': {
    access: 'legal_services.adviser.manage',
    record: 'village',
    townWrite: true,
    body: { villageId: '{village}', phone: '0574-63210000', since: '2024-11-19' },
  },
  'GET /api/v1/legal-services/advisers/{id}/logs': {
    access: 'legal_services.adviser.read',
    record: 'legalAdviser',
  },
  'POST /api/v1/legal-services/advisers/{id}/logs': {
    access: 'legal_services.adviser.log',
    record: 'legalAdviser',
    townWrite: true,
    body: { kind: 'meeting', onDate: '2024-11-19' },
  },
  'GET /api/v1/legal-services/advisers/{id}/evaluations': {
    access: 'legal_services.adviser.read',
    record: 'legalAdviser',
  },
  'POST /api/v1/legal-services/advisers/{id}/evaluations': {
    access: 'legal_services.adviser.manage',
    record: 'legalAdviser',
    townWrite: true,
    body: { year: 2024, score: 90, grade: 'excellent', evaluatedOn: '2024-11-19' },
  },
  'GET /api/v1/public/legal-services/station': { access: 'public' },
  'GET /api/v1/public/legal-services/advisers': { access: 'public' },
  'POST /api/v1/portal/legal-services/windows/{id}/appointments': {
    access: 'public',
    record: 'legalWindow',
    portal: true,
    body: { onDate: '2024-11-22', slot: 'am', phone: '13900000000' },
  },
  'POST /api/v1/portal/legal-services/questions': {
    access: 'public',
    body: { phone: '13900000000' },
  },
  'POST /api/v1/portal/legal-services/questions/track': {
    access: 'public',
    skip: 'answers 404 to a wrong code and phone by design; covered by station.api.test.ts',
  },
};
