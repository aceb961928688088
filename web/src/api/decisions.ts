import { api, type Query } from './client';
import type { Reply } from './types';

/** 重大行政决策: the catalogue, the decisions with their steps, public comments and the year's figures. */

type DecisionsVocabulary = Reply<'/api/v1/decisions/vocabulary'>;
type Catalogues = Reply<'/api/v1/decisions/catalogues'>;
export type Catalogue = Catalogues['items'][number];
export type CatalogueEntry = Catalogue['entries'][number];
export type DecisionDetail = Reply<'/api/v1/decisions/{id}'>;
type DecisionList = Reply<'/api/v1/decisions'>;
export type Decision = DecisionList['items'][number];
/** A notice of the decision issued through the letter office (征求意见公告, 听证公告, 采纳情况说明, 决策公告). */
export type DecisionNotice = DecisionDetail['notices'][number];
type Comments = Reply<'/api/v1/decisions/{id}/comments'>;
type LegalityCandidates = Reply<'/api/v1/decisions/{id}/legality-candidates'>;
export type StaffComment = Comments['items'][number];
type DecisionStats = Reply<'/api/v1/decisions/stats'>;
export type PublicDecision = Reply<'/api/v1/public/decisions/{id}'>;

type Body = Record<string, unknown>;

export const decisionsApi = {
  vocabulary: () => api.get<DecisionsVocabulary>('/decisions/vocabulary'),
  catalogues: (q: { orgId?: string } = {}) =>
    api.get<Catalogues>('/decisions/catalogues', q as Query),
  createCatalogue: (year: number) =>
    api.post<Reply<'/api/v1/decisions/catalogues', 'post'>>('/decisions/catalogues', { year }),
  addEntry: (catalogueId: string, body: Body) =>
    api.post<Reply<'/api/v1/decisions/catalogues/{id}/entries', 'post'>>(
      `/decisions/catalogues/${catalogueId}/entries`,
      body,
    ),
  catalogueStep: (catalogueId: string, step: 'approve' | 'publish', body: Body) =>
    api.post<Catalogues>(`/decisions/catalogues/${catalogueId}/${step}`, body),
  entryStep: (entryId: string, step: 'adjust' | 'withdraw', body: Body) =>
    api.post<Catalogues>(`/decisions/catalogue-entries/${entryId}/${step}`, body),
  list: (q: { status?: string; year?: number; page: number; pageSize: number }) =>
    api.get<DecisionList>('/decisions', q as Query),
  create: (body: Body) => api.post<DecisionDetail>('/decisions', body),
  get: (id: string) => api.get<DecisionDetail>(`/decisions/${id}`),
  issueNotice: (id: string, kind: DecisionNotice['kind']) =>
    api.post<DecisionDetail>(`/decisions/${id}/notices/${kind}`),
  step: (id: string, action: string, body?: Body) =>
    api.post<DecisionDetail>(`/decisions/${id}/${action}`, body),
  legalityCandidates: (id: string) =>
    api.get<LegalityCandidates>(`/decisions/${id}/legality-candidates`),
  comments: (id: string) => api.get<Comments>(`/decisions/${id}/comments`),
  moderate: (id: string, commentId: string, show: boolean) =>
    api.post<Comments>(`/decisions/${id}/comments/${commentId}/moderate`, { show }),
  answer: (id: string, commentId: string, body: Body) =>
    api.post<Comments>(`/decisions/${id}/comments/${commentId}/answer`, body),
  stats: (q: { year: number; orgId?: string }) =>
    api.get<DecisionStats>('/decisions/stats', q as unknown as Query),
  settings: (orgId?: string) =>
    api.get<DecisionSettings>('/decisions/settings', orgId ? { orgId } : {}),
  saveSettings: (body: { commentSmsRequired: boolean }) =>
    api.put<DecisionSettings>('/decisions/settings', body),
};

/** The town's 重大行政决策 settings: whether portal commenters verify their phone by SMS code. */
type DecisionSettings = Reply<'/api/v1/decisions/settings'>;

export const portalDecisionsApi = {
  list: () => api.get<Reply<'/api/v1/public/decisions'>>('/public/decisions'),
  catalogue: (year: number) =>
    api.get<Reply<'/api/v1/public/decisions/catalogues/{year}'>>(
      `/public/decisions/catalogues/${year}`,
    ),
  get: (id: string) => api.get<PublicDecision>(`/public/decisions/${id}`),
  comment: (id: string, body: Body) =>
    api.post<Reply<'/api/v1/public/decisions/{id}/comments', 'post'>>(
      `/public/decisions/${id}/comments`,
      body,
    ),
  commentCode: (id: string, phone: string) =>
    api.post<Reply<'/api/v1/public/decisions/{id}/comments/code', 'post'>>(
      `/public/decisions/${id}/comments/code`,
      { phone },
    ),
};
