import { api, download, type Query } from './client';
import type { Reply } from './types';

/** 三务公开: village items and the committee's review, the town's board, rules, complaints, public pages. */

type VillageItemList = Reply<'/api/v1/village-affairs/items'>;
export type VillageItem = VillageItemList['items'][number];
export type VillageItemDetail = Reply<'/api/v1/village-affairs/items/{id}'>;
export type AffairCategory = VillageItem['category'];
export type VillageItemStatus = VillageItem['status'];

export interface VillageItemInput {
  orgId?: string;
  category: AffairCategory;
  matterKind: 'regular' | 'major';
  subject: string;
  period?: string;
  occurredOn?: string;
  title: string;
  body: string;
  complaintId?: string;
}

export interface VillageItemFilters {
  orgId?: string;
  category?: AffairCategory;
  status?: VillageItemStatus;
  year?: number;
  page: number;
  pageSize: number;
}

export type Board = Reply<'/api/v1/village-affairs/board'>;
export type BoardCategory = Board['villages'][number]['categories'][number];
export type PeriodCell = BoardCategory['periods'][number];
export type VillageRules = Reply<'/api/v1/village-affairs/rules'>;
type Supervisors = Reply<'/api/v1/village-affairs/villages/{villageId}/supervisors'>;

type ComplaintList = Reply<'/api/v1/village-affairs/complaints'>;
export type Complaint = ComplaintList['items'][number];
export type ComplaintDetail = Reply<'/api/v1/village-affairs/complaints/{id}'>;
export type ComplaintStatus = Complaint['status'];

export interface ComplaintInput {
  villageId: string;
  complainantName: string;
  phone?: string;
  category: AffairCategory;
  kind: 'not_published' | 'untrue';
  matter: string;
  channel: 'visit' | 'letter' | 'phone' | 'online';
  receivedOn: string;
}

const V = '/village-affairs';

export const villageApi = {
  vocabulary: () => api.get<Reply<'/api/v1/village-affairs/vocabulary'>>(`${V}/vocabulary`),
  list: (f: VillageItemFilters) => api.get<VillageItemList>(`${V}/items`, f as unknown as Query),
  exportXlsx: (f: VillageItemFilters) =>
    download(
      `${V}/items`,
      { ...(f as unknown as Query), format: 'xlsx', page: undefined, pageSize: undefined },
      '村务公开台账.xlsx',
    ),
  get: (id: string) => api.get<VillageItemDetail>(`${V}/items/${id}`),
  create: (input: VillageItemInput) => api.post<VillageItemDetail>(`${V}/items`, input),
  update: (id: string, patch: Partial<VillageItemInput>) =>
    api.patch<VillageItemDetail>(`${V}/items/${id}`, patch),
  attach: (id: string, fileId: string) =>
    api.post<VillageItemDetail>(`${V}/items/${id}/attachments`, { fileId }),
  submit: (id: string) => api.post<VillageItemDetail>(`${V}/items/${id}/submit`),
  approve: (id: string, opinion?: string) =>
    api.post<VillageItemDetail>(`${V}/items/${id}/approve`, opinion ? { opinion } : {}),
  returnItem: (id: string, opinion: string) =>
    api.post<VillageItemDetail>(`${V}/items/${id}/return`, { opinion }),
  board: (year: number, orgId?: string) => api.get<Board>(`${V}/board`, { year, orgId }),
  rules: (orgId?: string) => api.get<VillageRules>(`${V}/rules`, { orgId }),
  saveSettings: (s: VillageRules['settings'], orgId?: string) =>
    api.put<VillageRules>(`${V}/settings`, s, { orgId }),
  saveFrequency: (
    villageId: string,
    category: AffairCategory,
    frequency: 'quarterly' | 'monthly',
  ) => api.put<VillageRules>(`${V}/villages/${villageId}/frequency`, { category, frequency }),
  supervisors: (villageId: string) =>
    api.get<Supervisors>(`${V}/villages/${villageId}/supervisors`),
  addSupervisor: (
    villageId: string,
    input: { userId: string; role: 'chair' | 'member'; electedOn: string },
  ) => api.post<Supervisors>(`${V}/villages/${villageId}/supervisors`, input),
  endSupervisor: (villageId: string, memberId: string) =>
    api.post<Supervisors>(`${V}/villages/${villageId}/supervisors/${memberId}/end`),
  orders: (villageId: string) =>
    api.get<Reply<'/api/v1/village-affairs/villages/{villageId}/orders'>>(
      `${V}/villages/${villageId}/orders`,
    ),
  complaints: (f: {
    status?: ComplaintStatus;
    villageId?: string;
    orgId?: string;
    page: number;
    pageSize: number;
  }) => api.get<ComplaintList>(`${V}/complaints`, f as unknown as Query),
  complaint: (id: string) => api.get<ComplaintDetail>(`${V}/complaints/${id}`),
  register: (input: ComplaintInput) => api.post<ComplaintDetail>(`${V}/complaints`, input),
  complaintPhone: (id: string) =>
    api.get<Reply<'/api/v1/village-affairs/complaints/{id}/pii'>>(`${V}/complaints/${id}/pii`),
  complaintStep: (
    id: string,
    step: 'investigate' | 'order' | 'dismiss' | 'confirm-published' | 'close',
    body: unknown = {},
  ) => api.post<ComplaintDetail>(`${V}/complaints/${id}/${step}`, body),
};

type PublicItems = Reply<'/api/v1/public/village-affairs/villages/{id}/items'>;
export type PublicVillageItem = PublicItems['items'][number];

/** Villagers' pages: no sign-in. */
export const portalVillageApi = {
  villages: () =>
    api.get<Reply<'/api/v1/public/village-affairs/villages'>>('/public/village-affairs/villages'),
  items: (villageId: string, f: { category?: AffairCategory; page: number; pageSize: number }) =>
    api.get<PublicItems>(
      `/public/village-affairs/villages/${villageId}/items`,
      f as unknown as Query,
    ),
  item: (id: string) =>
    api.get<Reply<'/api/v1/public/village-affairs/items/{id}'>>(
      `/public/village-affairs/items/${id}`,
    ),
  fileUrl: (id: string, fileId: string) =>
    `/api/v1/public/village-affairs/items/${id}/files/${fileId}`,
  complain: (input: Omit<ComplaintInput, 'channel' | 'receivedOn' | 'phone'> & { phone: string }) =>
    api.post<Reply<'/api/v1/public/village-affairs/complaints', 'post'>>(
      '/public/village-affairs/complaints',
      input,
    ),
};
