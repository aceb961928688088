import { api, download, type Query } from './client';
import type { Reply, RequestBody } from './types';

/** 主动公开: the catalogue and its workflow, the guide, settings, 表二 figures, and the public portal. */

export type ItemStatus =
  'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';

export type Vocabulary = Reply<'/api/v1/disclosure/vocabulary'>;

type ItemList = Reply<'/api/v1/disclosure/items'>;

export type CatalogueItem = ItemList['items'][number];
export type ItemDetail = Reply<'/api/v1/disclosure/items/{id}'>;

export interface ItemFilters {
  status?: ItemStatus;
  category?: string;
  kind?: 'information' | 'interpretation';
  q?: string;
  overdue?: '1';
  reassessDue?: '1';
  year?: number;
  /** Staff above the town: the town chosen in the header. */
  orgId?: string;
  page: number;
  pageSize: number;
}

export type ItemInput = RequestBody<'/api/v1/disclosure/items', 'post'>;

type Guide = Reply<'/api/v1/public/disclosure/guide'>;
export type GuideInput = RequestBody<'/api/v1/disclosure/guide', 'put'>;
type ProactiveFigures = Reply<'/api/v1/disclosure/proactive-figures/{year}'>;
export interface AnnualStatsInput {
  licensingDecisions: number;
  licensingSource: string;
  penaltyDecisions: number;
  penaltySource: string;
  coercionDecisions: number;
  coercionSource: string;
  feesFen: number;
  feesSource: string;
}

const step = (id: string, path: string, body: unknown = {}) =>
  api.post<ItemDetail>(`/disclosure/items/${id}/${path}`, body);

export const proactiveApi = {
  vocabulary: () => api.get<Vocabulary>('/disclosure/vocabulary'),
  list: (f: ItemFilters) => api.get<ItemList>('/disclosure/items', f as unknown as Query),
  exportXlsx: (f: ItemFilters) =>
    download(
      '/disclosure/items',
      { ...(f as unknown as Query), format: 'xlsx', page: undefined, pageSize: undefined },
      '政府信息公开目录.xlsx',
    ),
  get: (id: string) => api.get<ItemDetail>(`/disclosure/items/${id}`),
  create: (input: ItemInput) => api.post<ItemDetail>('/disclosure/items', input),
  update: (id: string, patch: Partial<ItemInput>) =>
    api.patch<ItemDetail>(`/disclosure/items/${id}`, patch),
  attach: (id: string, fileId: string) =>
    api.post<ItemDetail>(`/disclosure/items/${id}/attachments`, { fileId }),
  submit: (id: string) => step(id, 'submit'),
  approve: (id: string, opinion?: string) => step(id, 'approve', opinion ? { opinion } : {}),
  returnItem: (id: string, reason: string) => step(id, 'return', { reason }),
  withhold: (id: string, ground: string, reason: string) =>
    step(id, 'withhold', { ground, reason }),
  reassess: (id: string, release: boolean, opinion: string) =>
    step(id, 'reassess', { release, opinion }),
  withdraw: (id: string, reason: string) => step(id, 'withdraw', { reason }),
  abolish: (id: string, abolishedOn: string) => step(id, 'abolish', { abolishedOn }),
  guide: (orgId?: string) =>
    api.get<Reply<'/api/v1/disclosure/guide'>>('/disclosure/guide', { orgId }),
  saveGuide: (g: GuideInput, orgId?: string) =>
    api.put<Reply<'/api/v1/disclosure/guide', 'put'>>('/disclosure/guide', g, { orgId }),
  settings: (orgId?: string) =>
    api.get<Reply<'/api/v1/disclosure/proactive-settings'>>('/disclosure/proactive-settings', {
      orgId,
    }),
  saveSettings: (reassessMonths: number, orgId?: string) =>
    api.put<Reply<'/api/v1/disclosure/proactive-settings', 'put'>>(
      '/disclosure/proactive-settings',
      { reassessMonths },
      { orgId },
    ),
  figures: (year: number, orgId?: string) =>
    api.get<ProactiveFigures>(`/disclosure/proactive-figures/${year}`, { orgId }),
  saveStats: (year: number, input: AnnualStatsInput, orgId?: string) =>
    api.put<Reply<'/api/v1/disclosure/annual-stats/{year}', 'put'>>(
      `/disclosure/annual-stats/${year}`,
      input,
      { orgId },
    ),
  uploadFile: (file: File) => api.upload<{ id: string; name: string }>('/files', file),
  downloadFile: (fileId: string, name: string) => download(`/files/${fileId}`, undefined, name),
};

type PublicEntries = Reply<'/api/v1/public/disclosure/items'>;
export type PublicEntry = PublicEntries['items'][number];

/** The portal: no sign-in. */
export const portalDisclosureApi = {
  host: () => api.get<Reply<'/api/v1/public/portal'>>('/public/portal'),
  categories: () =>
    api.get<Reply<'/api/v1/public/disclosure/categories'>>('/public/disclosure/categories'),
  items: (f: {
    category?: string;
    q?: string;
    sort?: 'date' | 'relevance';
    page: number;
    pageSize: number;
  }) => api.get<PublicEntries>('/public/disclosure/items', f as unknown as Query),
  item: (id: string) =>
    api.get<Reply<'/api/v1/public/disclosure/items/{id}'>>(`/public/disclosure/items/${id}`),
  guide: () => api.get<Guide>('/public/disclosure/guide'),
  fileUrl: (id: string, fileId: string) => `/api/v1/public/disclosure/items/${id}/files/${fileId}`,
};
