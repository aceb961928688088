import type { ClockBadge } from '@fazhi/shared';
import { api, download, type Query } from './client';
import type { AheadStep, BlockedStep, PathStep } from './workflow';

/** 三务公开: village items and the committee's review, the town's board, rules, complaints, public pages. */

export type AffairCategory = 'party' | 'village' | 'finance';
export type VillageItemStatus = 'draft' | 'in_review' | 'published';

interface VillageVocabulary {
  categories: Record<AffairCategory, string>;
  matterKinds: Record<'regular' | 'major', string>;
  subjects: Record<string, { label: string; category: AffairCategory; basis: string }>;
  frequencies: Record<'quarterly' | 'monthly', string>;
  complaintKinds: Record<'not_published' | 'untrue', string>;
  complaintChannels: Record<'visit' | 'letter' | 'phone' | 'online', string>;
}

export interface VillageItem {
  id: string;
  village: { id: string; name: string };
  category: AffairCategory;
  categoryLabel: string;
  matterKind: 'regular' | 'major';
  matterKindLabel: string;
  subject: string;
  subjectLabel: string;
  basis: string;
  period: string | null;
  occurredOn: string | null;
  title: string;
  status: VillageItemStatus;
  statusLabel: string;
  authorName: string;
  publishedOn: string | null;
  channelRef: string | null;
  complaintId: string | null;
}

export interface VillageItemDetail extends VillageItem {
  body: string;
  reviewedBy: string | null;
  reviewOpinion: string | null;
  supervisors: { name: string; role: 'chair' | 'member' }[];
  reviewBasis: string;
  attachments: { id: string; name: string; size: number; mime: string }[];
  abilities: { edit: boolean; submit: boolean; review: boolean };
  blocked: BlockedStep[];
  path: PathStep[];
  ahead: AheadStep[];
}

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

export interface PeriodCell {
  period: string;
  due: string;
  status: 'on_time' | 'late' | 'missing' | 'open' | 'future';
  statusLabel: string;
  publishedOn: string | null;
}
export interface BoardCategory {
  category: AffairCategory;
  categoryLabel: string;
  frequency: 'quarterly' | 'monthly';
  frequencyLabel: string;
  periods: PeriodCell[];
  lastPublishedOn: string | null;
  missing: string[];
  major: { total: number; late: number; overdue: number };
  overdue: boolean;
}
export interface Board {
  town: { id: string; name: string };
  year: number;
  today: string;
  settings: {
    dueDay: number;
    majorDays: number;
    complaintDays: number;
    orderDays: number;
    sources: { dueDay: string; majorDays: string };
  };
  basis: string;
  villages: { id: string; name: string; categories: BoardCategory[]; overdue: boolean }[];
  summary: { villages: number; overdueVillages: number; overdueCells: number };
}

export interface VillageRules {
  townId: string;
  settings: { dueDay: number; majorDays: number; complaintDays: number; orderDays: number };
  defaults: Record<string, { value: number | string; source: string }>;
  basis: string;
  villages: {
    id: string;
    name: string;
    frequencies: Record<AffairCategory, 'quarterly' | 'monthly'>;
  }[];
}

interface Supervisors {
  villageId: string;
  villageName: string;
  basis: string;
  members: {
    id: string;
    userId: string;
    displayName: string;
    role: 'chair' | 'member';
    electedOn: string;
    until: string | null;
  }[];
}

export type ComplaintStatus =
  'received' | 'investigating' | 'ordered' | 'dismissed' | 'published' | 'closed';
export interface Complaint {
  id: string;
  receiptNo: string;
  village: { id: string; name: string };
  complainantName: string;
  phoneMasked: string | null;
  category: AffairCategory;
  categoryLabel: string;
  kind: string;
  kindLabel: string;
  channel: string;
  channelLabel: string;
  matter: string;
  receivedOn: string;
  status: ComplaintStatus;
  statusLabel: string;
  findings: string | null;
  decisionReason: string | null;
  orderText: string | null;
  orderedOn: string | null;
  publishedItemId: string | null;
  resultNote: string | null;
  closedOn: string | null;
  investigationClock: ClockBadge | null;
  orderClock: ClockBadge | null;
  basis: string;
}
export interface ComplaintDetail extends Complaint {
  abilities: {
    investigate: boolean;
    order: boolean;
    dismiss: boolean;
    confirmPublished: boolean;
    close: boolean;
    readPhone: boolean;
  };
  blocked: BlockedStep[];
  path: PathStep[];
  ahead: AheadStep[];
}
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

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
const V = '/village-affairs';

export const villageApi = {
  vocabulary: () => api.get<VillageVocabulary>(`${V}/vocabulary`),
  list: (f: VillageItemFilters) =>
    api.get<Page<VillageItem> & { abilities: { create: boolean } }>(
      `${V}/items`,
      f as unknown as Query,
    ),
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
    api.get<{
      village: { id: string; name: string };
      orders: {
        id: string;
        receiptNo: string;
        categoryLabel: string;
        matter: string;
        orderText: string;
        orderedOn: string;
        dueDate: string | null;
        basis: string;
      }[];
    }>(`${V}/villages/${villageId}/orders`),
  complaints: (f: {
    status?: ComplaintStatus;
    villageId?: string;
    orgId?: string;
    page: number;
    pageSize: number;
  }) =>
    api.get<Page<Complaint> & { abilities: { register: boolean } }>(
      `${V}/complaints`,
      f as unknown as Query,
    ),
  complaint: (id: string) => api.get<ComplaintDetail>(`${V}/complaints/${id}`),
  register: (input: ComplaintInput) => api.post<ComplaintDetail>(`${V}/complaints`, input),
  complaintPhone: (id: string) => api.get<{ phone: string | null }>(`${V}/complaints/${id}/pii`),
  complaintStep: (
    id: string,
    step: 'investigate' | 'order' | 'dismiss' | 'confirm-published' | 'close',
    body: unknown = {},
  ) => api.post<ComplaintDetail>(`${V}/complaints/${id}/${step}`, body),
};

export interface PublicVillageItem {
  id: string;
  category: AffairCategory;
  categoryLabel: string;
  matterKind: string;
  matterKindLabel: string;
  subject: string;
  subjectLabel: string;
  period: string | null;
  occurredOn: string | null;
  title: string;
  publishedOn: string | null;
}

/** Villagers' pages: no sign-in. */
export const portalVillageApi = {
  villages: () =>
    api.get<{
      townName: string;
      villages: {
        id: string;
        name: string;
        lastPublished: Record<AffairCategory, string | null>;
      }[];
    }>('/public/village-affairs/villages'),
  items: (villageId: string, f: { category?: AffairCategory; page: number; pageSize: number }) =>
    api.get<Page<PublicVillageItem> & { village: { id: string; name: string } }>(
      `/public/village-affairs/villages/${villageId}/items`,
      f as unknown as Query,
    ),
  item: (id: string) =>
    api.get<
      PublicVillageItem & {
        body: string;
        basis: string;
        village: { id: string; name: string };
        attachments: { id: string; name: string; size: number }[];
      }
    >(`/public/village-affairs/items/${id}`),
  fileUrl: (id: string, fileId: string) =>
    `/api/v1/public/village-affairs/items/${id}/files/${fileId}`,
  complain: (input: Omit<ComplaintInput, 'channel' | 'receivedOn' | 'phone'> & { phone: string }) =>
    api.post<{ receiptNo: string; dueDate: string; basis: string }>(
      '/public/village-affairs/complaints',
      input,
    ),
};
