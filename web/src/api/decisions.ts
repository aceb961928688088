import { api, type Query } from './client';
import type { AheadStep, BlockedStep, PathStep } from './workflow';

/** 重大行政决策: the catalogue, the decisions with their steps, public comments and the year's figures. */

interface DecisionsVocabulary {
  procedures: Record<string, string>;
  materials: Record<string, string>;
  adoptions: Record<string, string>;
  riskLevels: Record<string, string>;
  fcrConclusions: Record<string, string>;
  catalogueStates: Record<string, string>;
  states: Record<string, string>;
}

export interface CatalogueEntry {
  id: string;
  seq: number;
  title: string;
  decisionBody: string;
  leadOffice: string;
  partners: string | null;
  legalBasis: string;
  procedures: string[];
  proceduresText: string;
  plannedBy: string;
  affectsMarket: boolean;
  withdrawn: boolean;
  decision: {
    id: string | null;
    status: string;
    statusLabel: string;
    publishedOn: string | null;
  } | null;
}

export interface CatalogueChange {
  id: string;
  entryId: string;
  title: string;
  kindLabel: string;
  reason: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  changedOn: string;
}

export interface Catalogue {
  id: string;
  year: number;
  status: 'draft' | 'approved' | 'published';
  statusLabel: string;
  approvedOn: string | null;
  approvedBy: string | null;
  publishedOn: string | null;
  entries: CatalogueEntry[];
  changes: CatalogueChange[];
}

interface DraftArticle {
  id: string;
  seq: number;
  heading: string;
  text: string;
}

export interface Draft {
  id: string;
  version: number;
  title: string;
  explanation: string | null;
  createdOn: string;
  articles: DraftArticle[];
}

export interface AdoptionSummary {
  total: number;
  adopted: number;
  partly: number;
  not_adopted: number;
  unanswered: number;
  text: string;
  articles: { articleId: string | null; heading: string; total: number }[];
}

export interface Decision {
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  year?: number;
  affectsMarket: boolean;
  riskRequired: boolean;
  proposedOn: string;
  launchedOn: string | null;
  leadOffice: string | null;
  participationWithheld: boolean;
  withheldReason: string | null;
  commentOpensOn: string | null;
  commentClosesOn: string | null;
  shortPeriodReason: string | null;
  commentClosedOn: string | null;
  expertSummary: string | null;
  riskLevelLabel: string | null;
  riskReport: string | null;
  fcrConclusionLabel: string | null;
  fcrNote: string | null;
  reviewItemId: string | null;
  partyReportedOn: string | null;
  meetingName: string | null;
  meetingOn: string | null;
  materials: { key: string; label: string }[];
  opinions: { member: string; opinion: string }[];
  headSpokeLast: boolean | null;
  departureReason: string | null;
  dissent: string | null;
  decidedOn: string | null;
  decisionText: string | null;
  publishedOn: string | null;
  publicationNote: string | null;
  implementingUnit: string | null;
  evaluationNote: string | null;
  changedOn: string | null;
  changeReason: string | null;
}

/** A notice of the decision issued through the letter office (征求意见公告, 听证公告, 采纳情况说明, 决策公告). */
export interface DecisionNotice {
  kind: 'comment' | 'hearing' | 'adoption' | 'publication';
  label: string;
  basis: string;
  issued: { docNumber: string; fileId: string; issuedOn: string } | null;
  /** Why the issued notice no longer announces the step (a rescheduled hearing): it may be issued anew. */
  outdated: string | null;
  /** Earlier notices of the kind, replaced by a later 文号. */
  superseded: {
    docNumber: string;
    fileId: string;
    issuedOn: string;
    supersededOn: string;
    supersededBy: string;
  }[];
  canIssue: boolean;
  /** Why it cannot be issued yet (the step it announces has not happened). */
  blocked: string | null;
}

export interface DecisionDetail extends Decision {
  entry: {
    title: string;
    year: number;
    legalBasis: string;
    plannedBy: string;
    procedures: string[];
  };
  draft: Draft | null;
  legality: {
    id: string;
    title: string;
    stateLabel: string;
    conclusionLabel: string | null;
    opinionIssuedOn: string | null;
    passed: boolean;
    filedOn: string | null;
  } | null;
  adoption: AdoptionSummary;
  abilities: string[];
  blocked: BlockedStep[];
  notices: DecisionNotice[];
  path: PathStep[];
  ahead: AheadStep[];
}

export interface StaffComment {
  id: string;
  draftVersion: number;
  article: string;
  body: string;
  name: string | null;
  phone: string | null;
  /** The commenter proved the phone by SMS code. */
  phoneVerified: boolean;
  submittedAt: string;
  moderation: 'pending' | 'shown' | 'hidden';
  moderationLabel: string;
  adoption: string | null;
  adoptionLabel: string | null;
  answer: string | null;
}

interface DecisionStats {
  year: number;
  town: string;
  catalogue: { entries: number; publishedOn: string | null };
  made: { count: number; definition: string };
  filed: { count: number; definition: string };
  published: { count: number; definition: string };
  participation: { count: number; definition: string };
}

export interface PublicDecision {
  town: string;
  id: string;
  title: string;
  statusLabel: string;
  commentOpensOn: string | null;
  commentClosesOn: string | null;
  shortPeriodReason: string | null;
  commentOpen: boolean;
  /** The town asks commenters for their name and a phone verified by SMS code. */
  commentSmsRequired: boolean;
  commentRule: string;
  draft: Draft | null;
  comments: {
    id: string;
    articleId: string | null;
    body: string;
    name: string;
    submittedOn: string;
    adoptionLabel: string | null;
    answer: string | null;
  }[];
  decision: {
    decidedOn: string | null;
    decisionText: string | null;
    publishedOn: string | null;
    note: string | null;
    adoption: AdoptionSummary;
    basis: string;
  } | null;
}

type Body = Record<string, unknown>;

export const decisionsApi = {
  vocabulary: () => api.get<DecisionsVocabulary>('/decisions/vocabulary'),
  catalogues: (q: { orgId?: string } = {}) =>
    api.get<{ town: string; items: Catalogue[] }>('/decisions/catalogues', q as Query),
  createCatalogue: (year: number) => api.post<{ id: string }>('/decisions/catalogues', { year }),
  addEntry: (catalogueId: string, body: Body) =>
    api.post<{ id: string }>(`/decisions/catalogues/${catalogueId}/entries`, body),
  catalogueStep: (catalogueId: string, step: 'approve' | 'publish', body: Body) =>
    api.post<unknown>(`/decisions/catalogues/${catalogueId}/${step}`, body),
  entryStep: (entryId: string, step: 'adjust' | 'withdraw', body: Body) =>
    api.post<unknown>(`/decisions/catalogue-entries/${entryId}/${step}`, body),
  list: (q: { status?: string; year?: number; page: number; pageSize: number }) =>
    api.get<{ items: Decision[]; total: number }>('/decisions', q as Query),
  create: (body: Body) => api.post<DecisionDetail>('/decisions', body),
  get: (id: string) => api.get<DecisionDetail>(`/decisions/${id}`),
  issueNotice: (id: string, kind: DecisionNotice['kind']) =>
    api.post<DecisionDetail>(`/decisions/${id}/notices/${kind}`),
  step: (id: string, action: string, body?: Body) =>
    api.post<DecisionDetail>(`/decisions/${id}/${action}`, body),
  comments: (id: string) =>
    api.get<{ items: StaffComment[]; summary: AdoptionSummary }>(`/decisions/${id}/comments`),
  moderate: (id: string, commentId: string, show: boolean) =>
    api.post<unknown>(`/decisions/${id}/comments/${commentId}/moderate`, { show }),
  answer: (id: string, commentId: string, body: Body) =>
    api.post<unknown>(`/decisions/${id}/comments/${commentId}/answer`, body),
  stats: (q: { year: number; orgId?: string }) =>
    api.get<DecisionStats>('/decisions/stats', q as unknown as Query),
  settings: (orgId?: string) =>
    api.get<DecisionSettings>('/decisions/settings', orgId ? { orgId } : {}),
  saveSettings: (body: { commentSmsRequired: boolean }) =>
    api.put<DecisionSettings>('/decisions/settings', body),
};

/** The town's 重大行政决策 settings: whether portal commenters verify their phone by SMS code. */
interface DecisionSettings {
  town: { id: string; name: string };
  commentSmsRequired: boolean;
  basis: string;
  updatedAt: string | null;
}

export const portalDecisionsApi = {
  list: () =>
    api.get<{
      town: string;
      items: {
        id: string;
        title: string;
        statusLabel: string;
        commentOpen: boolean;
        commentClosesOn: string | null;
        publishedOn: string | null;
      }[];
    }>('/public/decisions'),
  catalogue: (year: number) =>
    api.get<Catalogue & { town: string; basis: string }>(`/public/decisions/catalogues/${year}`),
  get: (id: string) => api.get<PublicDecision>(`/public/decisions/${id}`),
  comment: (id: string, body: Body) =>
    api.post<{ id: string; message: string }>(`/public/decisions/${id}/comments`, body),
  commentCode: (id: string, phone: string) =>
    api.post<{ expiresInSeconds: number }>(`/public/decisions/${id}/comments/code`, { phone }),
};
