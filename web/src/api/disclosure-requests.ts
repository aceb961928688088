import type { ClockStatus } from '@fazhi/shared';
import { api, download, type Query } from './client';
import type { Reply } from './types';

/** What automatic redaction would remove (nothing stored): per rule, per package part, the released text. */
export interface RedactPreviewResult {
  items: {
    kind: 'marked' | 'id_number' | 'phone';
    ground: string;
    count: number;
    samples: string[];
  }[];
  parts: { part: string; count: number }[];
  text: string;
  truncated: boolean;
}

/** 依申请公开: the staff queue and steps, and the public application and tracking endpoints. */

export type RequestVocabulary = Reply<'/api/v1/disclosure/requests/vocabulary'>;
export type Option = RequestVocabulary['forms'][number];

type RequestList = Reply<'/api/v1/disclosure/requests'>;

/** The schema states the clock status as a plain string; the list colours rows by its values. */
export type RequestListItem = Omit<RequestList['items'][number], 'clockStatus'> & {
  clockStatus: ClockStatus | null;
};

export type RequestAbilities = Record<
  | 'confirmReceipt'
  | 'accept'
  | 'requestCorrection'
  | 'receiveCorrection'
  | 'closeCorrectionOverdue'
  | 'consult'
  | 'answerConsultation'
  | 'extend'
  | 'requestExplanation'
  | 'setDelay'
  | 'notifyFee'
  | 'recordFeePaid'
  | 'recordFeeServed'
  | 'closeFeeUnpaid'
  | 'redact'
  | 'reply'
  | 'withdraw'
  | 'readPii',
  boolean
>;

type DetailReply = Reply<'/api/v1/disclosure/requests/{id}'>;

/** The request; its abilities are an open record in the schema, named here. */
export type RequestDetail = Omit<DetailReply, 'abilities'> & { abilities: RequestAbilities };

export interface RequestFilters {
  state?: string;
  channel?: string;
  applicantKind?: string;
  due?: 'due_soon' | 'overdue';
  year?: number;
  /** `YYYY-MM`: the month received (驾驶舱 drill-down). */
  month?: string;
  q?: string;
  /** Staff above the town: the town chosen in the header. */
  orgId?: string;
  page: number;
  pageSize: number;
}

export interface ApplicantValues {
  applicantKind: string;
  applicantName: string;
  idType: string;
  idNumber: string;
  phone: string;
  contactPerson?: string;
  address?: string;
  email?: string;
  description: string;
  formWanted: string;
  delivery: string;
}

/** What the applicant sees when tracking the request: dates explained with their articles (第三十条 for 补正). */
export type TrackView = Reply<'/api/v1/portal/disclosure/track', 'post'>;

const R = '/disclosure/requests';
const step = (id: string, path: string, body: unknown = {}) =>
  api.post<RequestDetail>(`${R}/${id}/${path}`, body);

export const requestsApi = {
  vocabulary: () => api.get<RequestVocabulary>(`${R}/vocabulary`),
  list: (f: RequestFilters) =>
    api.get<{
      items: RequestListItem[];
      total: number;
      page: number;
      pageSize: number;
      abilities: { register: boolean; settings: boolean; repeatReplies: boolean };
    }>(R, f as unknown as Query),
  exportXlsx: (f: RequestFilters) =>
    download(
      R,
      { ...(f as unknown as Query), format: 'xlsx', page: undefined, pageSize: undefined },
      '政府信息公开申请登记台账.xlsx',
    ),
  /** 导出所选: the ledger of the ticked applications only. */
  exportSelected: (ids: string[], orgId?: string) =>
    download(R, { format: 'xlsx', ids: ids.join(','), orgId }, '政府信息公开申请登记台账.xlsx'),
  get: (id: string) => api.get<RequestDetail>(`${R}/${id}`),
  register: (
    body: ApplicantValues & {
      channel: string;
      submittedOn?: string;
      signedOn?: string;
      arrivedOn?: string;
      confirmedOn?: string;
    },
  ) => api.post<RequestDetail>(R, body),
  pii: (id: string) => api.get<{ idNumber: string; phone: string }>(`${R}/${id}/pii`),
  confirm: (id: string, confirmedOn?: string) =>
    step(id, 'confirm', confirmedOn ? { confirmedOn } : {}),
  accept: (id: string) => step(id, 'accept'),
  requestCorrection: (id: string, body: { items: string; periodDays?: number }) =>
    step(id, 'correction-request', body),
  receiveCorrection: (id: string, body: { correctedOn: string; text: string }) =>
    step(id, 'correction', body),
  closeCorrectionOverdue: (id: string) => step(id, 'close-correction-overdue'),
  consult: (
    id: string,
    body: { kind: string; partyName: string; matter: string; sentOn: string },
  ) => step(id, 'consultations', body),
  answer: (
    id: string,
    cid: string,
    body: { opinion: string; note?: string; answeredOn?: string },
  ) => step(id, `consultations/${cid}/answer`, body),
  extend: (id: string, body: { days: number; reason: string }) => step(id, 'extend', body),
  explanation: (id: string, body: { reason: string }) => step(id, 'explanation', body),
  delay: (id: string, body: { dueOn: string; reason: string }) => step(id, 'delay', body),
  fee: (
    id: string,
    body: { method: string; items?: number; pages?: number; reason: string; servedOn?: string },
  ) => step(id, 'fee-notice', body),
  feeServed: (id: string, servedOn: string) => step(id, 'fee-served', { servedOn }),
  feePaid: (id: string, paidOn: string) => step(id, 'fee-paid', { paidOn }),
  closeFeeUnpaid: (id: string) => step(id, 'close-fee-unpaid'),
  original: (id: string, fileId: string) => step(id, 'originals', { fileId }),
  redact: (id: string, body: Record<string, unknown>) => step(id, 'redactions', body),
  redactPreview: (id: string, body: Record<string, unknown>) =>
    api.post<RedactPreviewResult>(`${R}/${id}/redactions/preview`, body),
  reply: (
    id: string,
    body: {
      outcome: string;
      reasons?: string;
      details?: string;
      notResponsible?: boolean;
      competentBody?: { name: string; contact: string };
    },
  ) => step(id, 'reply', body),
  /** 合并重复申请: each selected application gets its own 不予重复处理 letter (第三十六条第（六）项). */
  repeatReplies: (ids: string[], details: string) =>
    api.post<{ replied: string[]; refused: { id: string; code: string; message: string }[] }>(
      `${R}/repeat-replies`,
      { ids, details },
    ),
  uploadFile: (file: File) => api.upload<{ id: string; name: string }>('/files', file),
  settings: (orgId?: string) =>
    api.get<{
      feeNoticePausesClock: boolean;
      correctionPeriodDays: number;
      feePaymentDays: number;
      feePeriodFrom: 'receipt' | 'issue';
      feeCountScope: 'town' | 'platform';
      reviewAuthority: string | null;
      court: string | null;
      effectiveReviewAuthority: string;
      sources: Record<string, string>;
    }>('/disclosure/request-settings', { orgId }),
  saveSettings: (
    body: {
      feeNoticePausesClock: boolean;
      correctionPeriodDays: number;
      feePaymentDays: number;
      feePeriodFrom: 'receipt' | 'issue';
      feeCountScope: 'town' | 'platform';
      reviewAuthority: string | null;
      court: string | null;
    },
    orgId?: string,
  ) => api.put('/disclosure/request-settings', body, { orgId }),
};

export const portalRequestsApi = {
  options: () =>
    api.get<Reply<'/api/v1/portal/disclosure/apply-options'>>('/portal/disclosure/apply-options'),
  apply: (body: ApplicantValues) =>
    api.post<{ id: string; trackingCode: string; submittedOn: string; state: string }>(
      '/portal/disclosure/requests',
      body,
    ),
  track: (code: string, phone: string) =>
    api.post<TrackView>('/portal/disclosure/track', { code, phone }, { quiet401: true }),
  correct: (code: string, phone: string, text: string) =>
    api.post<TrackView>('/portal/disclosure/correction', { code, phone, text }, { quiet401: true }),
};
