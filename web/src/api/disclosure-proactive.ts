import { api, download, type Query } from './client';
import type { Reply, RequestBody } from './types';

/** 主动公开: the catalogue and its workflow, the guide, settings, 表二 figures, and the public portal. */

export type ItemStatus =
  'draft' | 'in_review' | 'published' | 'withheld' | 'superseded' | 'withdrawn';

export interface Category {
  key: string;
  label: string;
  text: string;
  article: string;
  group: 'art20' | 'art21';
}

export interface Vocabulary {
  categories: Category[];
  kinds: Record<string, string>;
  publishModes: Record<string, string>;
  normativeKinds: Record<string, string>;
  withholdGrounds: Record<string, { label: string; article: string }>;
}

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

export interface Guide {
  townName: string;
  classification: string;
  arrangement: string;
  accessMethods: string;
  officeName: string;
  address: string;
  officeHours: string;
  phone: string;
  fax: string;
  website: string;
  email: string;
  updatedAt: string | null;
  categories: (Pick<Category, 'key' | 'label' | 'text' | 'article'> & { count: number })[];
  basis: string;
}
export type GuideInput = Omit<Guide, 'townName' | 'updatedAt' | 'categories' | 'basis'>;

interface IssuanceCounts {
  issued: number;
  abolished: number;
  inForce: number;
}
interface ProactiveFigures {
  townName: string;
  year: number;
  article20Item1: { rules: IssuanceCounts; normativeDocuments: IssuanceCounts };
  article20Item5: { licensingDecisions: number };
  article20Item6: { penaltyDecisions: number; coercionDecisions: number };
  article20Item8: { feesWan: number; feesFen: number };
  sources: {
    licensing: string | null;
    penalties: string | null;
    coercion: string | null;
    fees: string | null;
  };
}
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

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

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
  guide: (orgId?: string) => api.get<Guide & { townId: string }>('/disclosure/guide', { orgId }),
  saveGuide: (g: GuideInput, orgId?: string) => api.put<Guide>('/disclosure/guide', g, { orgId }),
  settings: (orgId?: string) =>
    api.get<{
      reassessMonths: number;
      defaults: { reassessMonths: { value: number; source: string } };
    }>('/disclosure/proactive-settings', { orgId }),
  saveSettings: (reassessMonths: number, orgId?: string) =>
    api.put<unknown>('/disclosure/proactive-settings', { reassessMonths }, { orgId }),
  figures: (year: number, orgId?: string) =>
    api.get<ProactiveFigures>(`/disclosure/proactive-figures/${year}`, { orgId }),
  saveStats: (year: number, input: AnnualStatsInput, orgId?: string) =>
    api.put<ProactiveFigures>(`/disclosure/annual-stats/${year}`, input, { orgId }),
  uploadFile: (file: File) => api.upload<{ id: string; name: string }>('/files', file),
  downloadFile: (fileId: string, name: string) => download(`/files/${fileId}`, undefined, name),
};

export interface PublicEntry {
  id: string;
  indexNo: string;
  kind: string;
  kindLabel: string;
  category: string;
  categoryLabel: string;
  title: string;
  summary: string;
  publisherName: string;
  docNumber: string | null;
  createdOn: string;
  publishedOn: string;
  abolishedOn: string | null;
}
interface PublicEntryDetail extends PublicEntry {
  categoryArticle: string;
  body: string;
  groupClass: string | null;
  publishModeLabel: string;
  explains: { id: string; title: string } | null;
  interpretations: { id: string; title: string; publishedOn: string }[];
  attachments: { id: string; name: string; size: number; mime: string }[];
}

/** The portal: no sign-in. */
export const portalDisclosureApi = {
  host: () =>
    api.get<{ town: { name: string; code: string }; county: string | null; demo: boolean }>(
      '/public/portal',
    ),
  categories: () =>
    api.get<{ townName: string; categories: (Category & { count: number })[] }>(
      '/public/disclosure/categories',
    ),
  items: (f: {
    category?: string;
    q?: string;
    sort?: 'date' | 'relevance';
    page: number;
    pageSize: number;
  }) => api.get<Page<PublicEntry>>('/public/disclosure/items', f as unknown as Query),
  item: (id: string) => api.get<PublicEntryDetail>(`/public/disclosure/items/${id}`),
  guide: () => api.get<Guide>('/public/disclosure/guide'),
  fileUrl: (id: string, fileId: string) => `/api/v1/public/disclosure/items/${id}/files/${fileId}`,
};
