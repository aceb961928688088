import type { RouteRow } from './authz-matrix.js';

/** 村务公开 (modules/disclosure/village): village items, complaints and their public pages. */
export const VILLAGE_MATRIX: Record<string, RouteRow> = {
  // 三务公开 (village affairs)
  'GET /api/v1/village-affairs/vocabulary': { access: 'public' }, // a static catalogue of labels
  'GET /api/v1/village-affairs/items': { access: 'village_affairs.item.read' },
  'POST /api/v1/village-affairs/items': {
    access: 'village_affairs.item.write',
    townWrite: true,
    body: { period: '2024-Q4' },
  },
  'GET /api/v1/village-affairs/items/{id}': {
    access: 'village_affairs.item.read',
    record: 'villageItem',
  },
  'PATCH /api/v1/village-affairs/items/{id}': {
    access: 'village_affairs.item.write',
    record: 'villageItem',
    townWrite: true,
    body: { title: '矩阵测试村务{uniq}' },
  },
  'POST /api/v1/village-affairs/items/{id}/attachments': {
    access: 'village_affairs.item.write',
    record: 'villageItem',
    townWrite: true,
    body: { fileId: '{myFile}' },
  },
  'POST /api/v1/village-affairs/items/{id}/submit': {
    access: 'village_affairs.item.write',
    record: 'villageItem',
    townWrite: true,
  },
  'POST /api/v1/village-affairs/items/{id}/approve': {
    access: 'village_affairs.item.review',
    record: 'villageItem',
    townWrite: true,
  },
  'POST /api/v1/village-affairs/items/{id}/return': {
    access: 'village_affairs.item.review',
    record: 'villageItem',
    townWrite: true,
  },
  'GET /api/v1/village-affairs/board': { access: 'village_affairs.board.read', perTown: 'query' },
  'GET /api/v1/village-affairs/rules': { access: 'village_affairs.item.read', perTown: 'query' },
  'PUT /api/v1/village-affairs/settings': {
    access: 'village_affairs.rules.manage',
    perTown: 'query',
    townWrite: true,
  },
  'PUT /api/v1/village-affairs/villages/{villageId}/frequency': {
    access: 'village_affairs.rules.manage',
    record: 'village',
    townWrite: true,
  },
  'GET /api/v1/village-affairs/villages/{villageId}/supervisors': {
    access: 'village_affairs.item.read',
    record: 'village',
  },
  'POST /api/v1/village-affairs/villages/{villageId}/supervisors': {
    access: 'village_affairs.rules.manage',
    record: 'village',
    townWrite: true,
    body: { userId: '{villageUser}', electedOn: '2024-01-05' },
  },
  'POST /api/v1/village-affairs/villages/{villageId}/supervisors/{memberId}/end': {
    access: 'village_affairs.rules.manage',
    record: 'supervisor',
    townWrite: true,
    consumes: true,
  },
  'GET /api/v1/village-affairs/villages/{villageId}/orders': {
    access: 'village_affairs.item.read',
    record: 'village',
  },
  'GET /api/v1/village-affairs/complaints': { access: 'village_affairs.complaint.read' },
  'POST /api/v1/village-affairs/complaints': {
    access: 'village_affairs.complaint.register',
    record: 'village',
    townWrite: true,
    body: { villageId: '{village}', receivedOn: '2024-11-19' },
  },
  'GET /api/v1/village-affairs/complaints/{id}': {
    access: 'village_affairs.complaint.read',
    record: 'complaint',
  },
  'GET /api/v1/village-affairs/complaints/{id}/pii': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    pii: true,
    townWrite: true, // full personal data only to the town's own handlers: supervisors read it masked
  },
  'POST /api/v1/village-affairs/complaints/{id}/investigate': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    townWrite: true,
  },
  'POST /api/v1/village-affairs/complaints/{id}/order': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    townWrite: true,
  },
  'POST /api/v1/village-affairs/complaints/{id}/dismiss': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    townWrite: true,
  },
  'POST /api/v1/village-affairs/complaints/{id}/confirm-published': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    townWrite: true,
    body: { itemId: '{villageItem}' },
  },
  'POST /api/v1/village-affairs/complaints/{id}/close': {
    access: 'village_affairs.complaint.handle',
    record: 'complaint',
    townWrite: true,
  },
  'GET /api/v1/public/village-affairs/villages': { access: 'public' },
  'GET /api/v1/public/village-affairs/villages/{id}/items': {
    access: 'public',
    record: 'village',
    portal: true,
  },
  'GET /api/v1/public/village-affairs/items/{id}': {
    access: 'public',
    record: 'publicVillageFile',
    portal: true,
  },
  'GET /api/v1/public/village-affairs/items/{id}/files/{fileId}': {
    access: 'public',
    record: 'publicVillageFile',
    portal: true,
  },
  'POST /api/v1/public/village-affairs/complaints': {
    access: 'public',
    record: 'village',
    portal: true,
    anonymousOnly: 'limited per address (429 after a few)',
    body: { villageId: '{village}', phone: '13800000000' },
  },
};
