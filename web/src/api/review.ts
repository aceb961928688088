import type { ClockBadge } from '@fazhi/shared';
import { api, download, type Query } from './client';
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

export interface ReviewRow {
  id: string;
  type: string;
  typeLabel: string;
  title: string;
  state: string;
  stateLabel: string;
  channel: string;
  channelLabel: string;
  trackLabel: string;
  org: { id: string; name: string };
  conclusion: string | null;
  conclusionLabel: string | null;
  docNumber: string | null;
  reviewerName: string | null;
  counterparty: string | null;
  amountFen: number | null;
  submittedAt: string | null;
  acceptedOn: string | null;
  opinionIssuedOn: string | null;
  decidedOn: string | null;
  filedOn: string | null;
  createdAt: string;
  clock: ClockBadge | null;
  /** 是否按期: an opinion past the town's own period is not late by statute. */
  timeliness: {
    key: 'on_time' | 'late_town_period' | 'late_statutory' | 'pending' | 'no_period';
    label: string;
    lateByStatute: boolean;
    basis: string | null;
  };
}

export interface ReviewFilters {
  q?: string;
  type?: string;
  state?: string;
  channel?: string;
  conclusion?: string;
  orgId?: string;
  year?: number;
  overdue?: 'true';
  mine?: 'true';
  page: number;
  pageSize: number;
}

export interface Hit {
  id: string;
  ruleId: string;
  severity: 'high' | 'medium' | 'low';
  title: string;
  clause: string;
  start: number;
  end: number;
  basis: string;
  suggestion: string;
  decision: 'pending' | 'accepted' | 'dismissed';
  decisionLabel: string;
  decisionNote: string | null;
  findingId: string | null;
}

export interface Finding {
  id: string;
  dimension: string;
  dimensionLabel: string;
  clause: string | null;
  problem: string;
  basis: string | null;
  suggestion: string | null;
  hitId: string | null;
}

export interface Supplied {
  id: string;
  fileId: string | null;
  fileName: string | null;
  note: string | null;
  addedAt: string;
}

export interface Opinion {
  id: string;
  version: number;
  conclusion: string;
  conclusionLabel: string;
  checklist: Record<string, string>;
  summary: string;
  bases: string[];
  riskStatement: string | null;
  reviewerName: string;
  issuedOn: string;
  docNumber: string | null;
  fileId: string | null;
  channel: string;
}

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

export interface ReviewItem {
  id: string;
  type: string;
  typeLabel: string;
  title: string;
  summary: string | null;
  state: string;
  stateLabel: string;
  channel: string;
  channelLabel: string;
  trackLabel: string;
  affectsMarket: boolean;
  version: number;
  org: { id: string; name: string; kind: string };
  town: { id: string; name: string };
  fields: Record<string, unknown>;
  text: string;
  versions: { version: number; source: string; note: string | null; createdAt: string }[];
  materials: {
    key: string;
    label: string;
    required: boolean;
    basis: string | null;
    supplied: Supplied[];
  }[];
  otherMaterials: Supplied[];
  missingMaterials: string[];
  voteChecks: { key: string; label: string; ok: boolean; detail: string; basis: string }[];
  hits: Hit[];
  findings: Finding[];
  draftOpinion: {
    checklist?: Record<string, string>;
    summary?: string;
    bases?: string[];
    conclusion?: string;
    riskStatement?: string;
  } | null;
  opinions: Opinion[];
  conclusion: string | null;
  conclusionLabel: string | null;
  adviserOpinions: {
    id: string;
    version: number;
    adviserName: string;
    text: string;
    fileId: string | null;
    createdAt: string;
  }[];
  coReviews: {
    id: string;
    reason: string;
    requestedAt: string;
    pausedClock: boolean;
    responderName: string | null;
    response: string | null;
    respondedAt: string | null;
  }[];
  feedback: {
    adoption: string;
    adoptionLabel: string;
    note: string | null;
    at: string | null;
  } | null;
  decision: {
    kind: string;
    kindLabel: string;
    decidedOn: string | null;
    facts: Record<string, unknown>;
  } | null;
  filingTarget: string | null;
  filingTargetLabel: string | null;
  filing: {
    id: string;
    target: string;
    targetOrgName: string;
    filedOn: string;
    fileId: string | null;
    note: string | null;
    dueDate: string | null;
    onTime: boolean | null;
  } | null;
  clock: ClockBadge | null;
  filingClock: ClockBadge | null;
  fcrId: string | null;
  fcrOutcome: string | null;
  steps: {
    id: string;
    action: string;
    toState: string;
    toStateLabel: string;
    version: number;
    actorName: string | null;
    at: string;
    note: string | null;
    basis: string | null;
  }[];
  submittedAt: string | null;
  acceptedOn: string | null;
  /** The submitting office (or person) also accepted the item: recorded on the step and in the trail. */
  sameOffice: {
    kind: 'same_person' | 'same_office';
    message: string;
    acceptedBy: string | null;
    at: string;
  } | null;
  abilities: Abilities;
  blocked: BlockedStep[];
  ahead: AheadStep[];
}

export interface ReviewStats {
  year: number;
  asOf: string;
  years: number[];
  report: {
    contracts: number;
    villageRules: number;
    majorDecisionFilings: number;
    other: number;
    offlineVillageContracts: number;
  };
  reviewedOnPlatform: number;
  byType: { type: string; label: string; platform: number; offline: number }[];
  byMonth: { month: string; count: number }[];
  byOrg: { orgId: string; name: string; kind: string; platform: number; offline: number }[];
  conclusions: { conclusion: string; label: string; count: number }[];
  coverage: { decided: number; reviewedBeforeDecision: number; rate: number | null };
  averageWorkingDaysToOpinion: number | null;
  onTime: { closed: number; onTime: number; rate: number | null };
  filings: {
    total: number;
    county: number;
    town: number;
    villageRulesOnTime: number;
    villageRulesDue: number;
  };
  rules: {
    ruleId: string;
    title: string;
    hits: number;
    accepted: number;
    dismissed: number;
    pending: number;
    precision: number | null;
  }[];
}

export interface Dashboard {
  asOf: string;
  byState: { state: string; label: string; count: number }[];
  deadlineCounts: { overdue: number; due_soon: number; on_track: number; paused: number };
  deadlines: {
    itemId: string;
    title: string;
    typeLabel: string;
    orgName: string;
    stateLabel: string;
    kind: string;
    clock: ClockBadge;
  }[];
}

export interface FilingRow {
  id: string;
  itemId: string;
  title: string;
  typeLabel: string;
  townName: string;
  orgName: string;
  decidedOn: string | null;
  targetLabel: string;
  targetOrgName: string;
  filedOn: string;
  dueDate: string | null;
  onTime: boolean | null;
  fileId: string | null;
  fileName: string | null;
}

export interface ReviewSettingsView {
  periods: {
    type: string;
    typeLabel: string;
    days: number;
    unit: string;
    basis: string;
    source: string;
    confirmed: boolean;
  }[];
  pauseDuringCoReview: { value: boolean; source: string };
  tradingThresholdFen: { value: number; source: string };
  majorContractThresholdFen: { value: number; source: string };
  abilities: { manage: boolean };
}

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
  list: (f: ReviewFilters) =>
    api.get<Page<ReviewRow> & { abilities: { create: boolean; import: boolean } }>(
      '/review/items',
      f as unknown as Query,
    ),
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
  create: (body: {
    type: string;
    title: string;
    summary?: string;
    orgId?: string;
    text?: string;
    docxFileId?: string;
    fields?: Record<string, unknown>;
    affectsMarket?: boolean;
  }) => api.post<ReviewItem>('/review/items', body),
  update: (id: string, body: Record<string, unknown>) => api.patch<ReviewItem>(item(id), body),
  addMaterial: (id: string, body: { key: string; fileId?: string; note?: string }) =>
    api.post<ReviewItem>(`${item(id)}/materials`, body),
  removeMaterial: (id: string, materialId: string) =>
    api.delete<ReviewItem>(`${item(id)}/materials/${materialId}`),
  step,
  decideHit: (
    id: string,
    hitId: string,
    body: { decision: 'accepted' | 'dismissed'; note?: string; dimension?: string },
  ) => step(id, `hits/${hitId}`, body),
  addFinding: (
    id: string,
    body: {
      dimension: string;
      clause?: string;
      problem: string;
      basis?: string;
      suggestion?: string;
    },
  ) => step(id, 'findings', body),
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
    api.upload<{ imported: number; hits: number; withHits: number }>('/review/import', file),
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
  create: (body: { title: string; draftingUnit: string; text: string; itemId?: string }) =>
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
