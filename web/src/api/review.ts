import { api, download, type Query } from './client';
import type { Reply, RequestBody } from './types';
import type { AheadStep, BlockedStep, PathStep } from './workflow';

/** 合法性审查: items, the reviewer's workspace, ledgers, statistics, fair competition. */

export interface Option {
  value: string;
  label: string;
}

export interface ReviewMeta {
  types: Option[];
  states: Option[];
  conclusions: Option[];
  opinionConclusions: Option[];
  dimensions: Option[];
  checkResults: Option[];
  adoptions: Option[];
  decisionKinds: Option[];
  channels: Option[];
  villageBodies: Option[];
  materials: Record<
    string,
    { key: string; label: string; required: boolean; basis: string | null }[]
  >;
  rules: { id: string; kind: string; title: string; severity: string; basis: string }[];
}

type ReviewList = Reply<'/api/v1/review/items'>;

export type ReviewRow = ReviewList['items'][number];

export interface ReviewFilters {
  q?: string;
  type?: string;
  state?: string;
  channel?: string;
  conclusion?: string;
  orgId?: string;
  year?: number;
  /** 受理日期 in this month (YYYY-MM), from the cockpit's trend. */
  month?: string;
  /** Above the town: one town's items (a drill-down link). */
  townId?: string;
  overdue?: 'true';
  mine?: 'true';
  page: number;
  pageSize: number;
}

type ItemReply = Reply<'/api/v1/review/items/{id}'>;

/** The schema states severity and decision as plain strings; the pages key their colours by these values. */
export type Hit = ItemReply['hits'][number] & {
  severity: 'high' | 'medium' | 'low';
  decision: 'pending' | 'accepted' | 'dismissed';
};
export type Supplied = ItemReply['otherMaterials'][number];
export type Abilities = Record<
  | 'update'
  | 'editText'
  | 'addMaterial'
  | 'removeMaterial'
  | 'submit'
  | 'returnForCorrection'
  | 'accept'
  | 'startReview'
  | 'requestSupplement'
  | 'requestCoReview'
  | 'answerCoReview'
  | 'decideHits'
  | 'editFindings'
  | 'issueOpinion'
  | 'addAdviserOpinion'
  | 'resubmit'
  | 'revise'
  | 'giveFeedback'
  | 'decide'
  | 'file'
  | 'archive'
  | 'withdraw',
  boolean
>;

/** The 重大行政决策 whose legality review the item is (same town only). */
interface LinkedDecision {
  id: string;
  title: string;
  state: string;
  stateLabel: string;
}

/** The item; its abilities and draft opinion are open records in the schema, named here. */
export type ReviewItem = Omit<
  ItemReply,
  'hits' | 'abilities' | 'draftOpinion' | 'majorDecision'
> & {
  hits: Hit[];
  majorDecision: LinkedDecision | null;
  abilities: Abilities;
  draftOpinion: {
    checklist?: Record<string, string>;
    summary?: string;
    bases?: string[];
    conclusion?: string;
    riskStatement?: string;
  } | null;
};
export type ReviewInput = RequestBody<'/api/v1/review/items', 'post'>;
export type FindingInput = RequestBody<'/api/v1/review/items/{id}/findings', 'post'>;

export type ReviewStats = Reply<'/api/v1/review/stats'>;
export type Dashboard = Reply<'/api/v1/review/dashboard'>;
export type FilingRow = Reply<'/api/v1/review/filings'>['items'][number];
export type ReviewSettingsView = Reply<'/api/v1/review/settings'>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const item = (id: string) => `/review/items/${id}`;
const step = (id: string, path: string, body: unknown = {}) =>
  api.post<ReviewItem>(`${item(id)}/${path}`, body);

export const reviewApi = {
  meta: () => api.get<ReviewMeta>('/review/meta'),
  list: (f: ReviewFilters) => api.get<ReviewList>('/review/items', f as unknown as Query),
  exportXlsx: (f: ReviewFilters) =>
    download(
      '/review/items',
      { ...(f as unknown as Query), format: 'xlsx', page: undefined, pageSize: undefined },
      '合法性审查台账.xlsx',
    ),
  /** 导出所选: the ledger of the ticked items only. */
  exportSelected: (ids: string[], orgId?: string) =>
    download('/review/items', { format: 'xlsx', ids: ids.join(','), orgId }, '合法性审查台账.xlsx'),
  get: (id: string) => api.get<ReviewItem>(item(id)),
  create: (body: RequestBody<'/api/v1/review/items', 'post'>) =>
    api.post<ReviewItem>('/review/items', body),
  update: (id: string, body: Record<string, unknown>) => api.patch<ReviewItem>(item(id), body),
  addMaterial: (id: string, body: RequestBody<'/api/v1/review/items/{id}/materials', 'post'>) =>
    api.post<ReviewItem>(`${item(id)}/materials`, body),
  removeMaterial: (id: string, materialId: string) =>
    api.delete<ReviewItem>(`${item(id)}/materials/${materialId}`),
  step,
  decideHit: (
    id: string,
    hitId: string,
    body: RequestBody<'/api/v1/review/items/{id}/hits/{hitId}', 'post'>,
  ) => step(id, `hits/${hitId}`, body),
  addFinding: (id: string, body: RequestBody<'/api/v1/review/items/{id}/findings', 'post'>) =>
    step(id, 'findings', body),
  removeFinding: (id: string, findingId: string) =>
    api.delete<ReviewItem>(`${item(id)}/findings/${findingId}`),
  downloadOpinion: (id: string, opinionId: string) =>
    download(`${item(id)}/opinions/${opinionId}/document`, undefined, '合法性审查意见书.docx'),
  downloadFile: (fileId: string) => download(`/files/${fileId}`, undefined, '附件'),
  uploadFile: (file: File) => api.upload<{ id: string; name: string }>('/files', file),
  stats: (year: number, orgId?: string) => api.get<ReviewStats>('/review/stats', { year, orgId }),
  dashboard: (orgId?: string) => api.get<Dashboard>('/review/dashboard', { orgId }),
  filings: (f: {
    year?: number;
    target?: string;
    orgId?: string;
    page: number;
    pageSize: number;
  }) => api.get<Page<FilingRow>>('/review/filings', f),
  exportFilings: (f: { year?: number; target?: string; orgId?: string }) =>
    download('/review/filings', { ...f, format: 'xlsx' }, '备案登记.xlsx'),
  settings: (orgId?: string) => api.get<ReviewSettingsView>('/review/settings', { orgId }),
  updateSettings: (body: Record<string, unknown>, orgId?: string) =>
    api.put<ReviewSettingsView>('/review/settings', body, { orgId }),
  importTemplate: () =>
    download('/review/import/template', undefined, '线下村级合同审查导入模板.xlsx'),
  importXlsx: (file: File) =>
    api.upload<Reply<'/api/v1/review/import', 'post'>>('/review/import', file),
};

export interface FcrRow {
  id: string;
  title: string;
  draftingUnit: string;
  state: 'draft' | 'concluded';
  stateLabel: string;
  outcome: string | null;
  outcomeLabel: string | null;
  concludedOn: string | null;
  itemId: string | null;
  flagCount: number;
}

export interface FcrRecord {
  id: string;
  title: string;
  draftingUnit: string;
  text: string;
  flags: { ruleId: string; title: string; clause: string; basis: string; suggestion: string }[];
  checklist: Record<string, 'involved' | 'not_involved'>;
  involved: string[];
  exception: {
    ground: string;
    noLessRestrictiveAlternative: boolean;
    termOrEndCondition: string;
  } | null;
  consultation: string | null;
  outcome: string | null;
  outcomeLabel: string | null;
  conclusionText: string | null;
  concludedOn: string | null;
  state: 'draft' | 'concluded';
  item: { id: string; title: string } | null;
  standards: { code: string; group: string; groupName: string; basis: string; text: string }[];
  exceptions: { key: string; basis: string; text: string }[];
  abilities: { update: boolean; conclude: boolean };
  blocked: BlockedStep[];
  path: PathStep[];
  ahead: AheadStep[];
}

export interface CleanupRow {
  id: string;
  docTitle: string;
  docNumber: string | null;
  issuedOn: string | null;
  outcome: 'kept' | 'revised' | 'abolished';
  outcomeLabel: string;
  reason: string;
  reviewedOn: string;
  campaign: string | null;
}

export const fcrApi = {
  list: (f: { page: number; pageSize: number; state?: string; year?: number; orgId?: string }) =>
    api.get<Page<FcrRow> & { abilities: { create: boolean } }>('/review/fcr', f),
  exportXlsx: (orgId?: string) =>
    download('/review/fcr', { format: 'xlsx', orgId }, '公平竞争审查台账.xlsx'),
  get: (id: string) => api.get<FcrRecord>(`/review/fcr/${id}`),
  create: (body: RequestBody<'/api/v1/review/fcr', 'post'>) =>
    api.post<FcrRecord>('/review/fcr', body),
  update: (id: string, body: Record<string, unknown>) =>
    api.patch<FcrRecord>(`/review/fcr/${id}`, body),
  conclude: (id: string, body: { outcome: string; conclusionText: string }) =>
    api.post<FcrRecord>(`/review/fcr/${id}/conclude`, body),
  cleanups: (f: {
    page: number;
    pageSize: number;
    year?: number;
    outcome?: string;
    orgId?: string;
  }) =>
    api.get<
      Page<CleanupRow> & {
        counts: Record<'kept' | 'revised' | 'abolished', number>;
        abilities: { create: boolean };
      }
    >('/review/fcr-cleanups', f),
  exportCleanups: (orgId?: string) =>
    download('/review/fcr-cleanups', { format: 'xlsx', orgId }, '存量清理台账.xlsx'),
  addCleanup: (body: Record<string, unknown>) =>
    api.post<{ id: string }>('/review/fcr-cleanups', body),
};
