import type { ClockBadge } from '@fazhi/shared';
import { api, download, type Query } from './client';
import type { AheadStep, BlockedStep, PathStep } from './workflow';

/** 矛盾纠纷调解 (矛调): intake, the dispute's steps, the 调解台账 and the indicators. */

interface DisputesVocabulary {
  channels: Record<string, string>;
  categories: Record<string, string>;
  handlerKinds: Record<string, string>;
  outcomes: Record<string, string>;
  sources: Record<string, string>;
  sourceOf: Record<string, string>;
  states: Record<string, string>;
}

interface DisputeParty {
  role: 'applicant' | 'respondent';
  roleLabel: string;
  name: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

export interface Dispute {
  id: string;
  code: string;
  channel: string;
  channelLabel: string;
  sourceLabel: string | null;
  channelRef: string | null;
  receivedOn: string;
  categoryLabel: string;
  title: string;
  facts: string;
  status: string;
  statusLabel: string;
  handlerKindLabel: string | null;
  handlerName: string | null;
  mediatorName: string | null;
  chosenByParties: boolean;
  routedOn: string | null;
  returnReason: string | null;
  acceptedOn: string | null;
  dueOn: string | null;
  extensionDays: number;
  concludedOn: string | null;
  onTime: boolean | null;
  outcome: string | null;
  outcomeLabel: string | null;
  outcomeNote: string | null;
  agreementFileId: string | null;
  agreedOn: string | null;
  confirmationDue: string | null;
  confirmationAppliedOn: string | null;
  confirmationCourt: string | null;
  closedOn: string | null;
  rating: number | null;
  revisitNote: string | null;
  clocks: ClockBadge[];
  parties: DisputeParty[];
}

export interface DisputeDetail extends Dispute {
  sessions: { id: string; heldOn: string; place: string; attendees: string; summary: string }[];
  duplicateOf: { id: string; code: string } | null;
  /** 调解协议书 signatures (no file above the town) and the mediator's site photos. */
  signatures: { id: string; signer: string; fileId: string | null; signedAt: string }[];
  photos: { id: string; fileId: string; note: string | null; takenAt: string }[];
  abilities: string[];
  blocked: BlockedStep[];
  path: PathStep[];
  ahead: AheadStep[];
}

export interface DisputeFilters {
  status?: string;
  channel?: string;
  category?: string;
  year?: number;
  /** `YYYY-MM`: the month received (驾驶舱 drill-down). */
  month?: string;
  /** Above the town: one town's disputes. */
  townId?: string;
  q?: string;
}

export interface DisputeStats {
  year: number;
  asOf: string;
  indicators: {
    key: string;
    label: string;
    numerator: number;
    denominator: number | null;
    percent: number | null;
    definition: string;
    asOf: string;
  }[];
  sources: { source: string; label: string; channels: string[]; byMonth: number[] }[];
  sourcesDefinition: string;
}

/** One row of a 调解台账 file as the preview shows it. */
export interface LedgerImportRow {
  row: number;
  receivedOn: string;
  channelLabel: string;
  categoryLabel: string;
  title: string;
  parties: string;
  duplicateOf: { id: string; code: string } | { row: number } | null;
  errors: string[];
}

export interface LedgerImportPreview {
  rows: LedgerImportRow[];
  errors: { row: number; column: string | null; message: string }[];
  valid: boolean;
}

const D = '/disputes';

export const disputesApi = {
  vocabulary: () => api.get<DisputesVocabulary>(`${D}/vocabulary`),
  list: (q: DisputeFilters & { page: number; pageSize: number }) =>
    api.get<{ items: Dispute[]; total: number }>(D, q as unknown as Query),
  get: (id: string) => api.get<DisputeDetail>(`${D}/${id}`),
  create: (body: Record<string, unknown>) => api.post<DisputeDetail>(D, body),
  step: (id: string, path: string, body: Record<string, unknown>) =>
    api.post<DisputeDetail>(`${D}/${id}/${path}`, body),
  stats: (q: { year: number; orgId?: string }) =>
    api.get<DisputeStats>(`${D}/stats`, q as unknown as Query),
  exportXlsx: (f: DisputeFilters) =>
    download(`${D}/export`, f as unknown as Query, '人民调解台账.xlsx'),
  importTemplate: () => download(`${D}/import/template`, undefined, '调解台账导入模板.xlsx'),
  previewImport: (file: File) => api.upload<LedgerImportPreview>(`${D}/import/preview`, file),
  importLedger: (file: File) =>
    api.upload<{ imported: number; disputes: { row: number; id: string; code: string }[] }>(
      `${D}/import`,
      file,
    ),
  uploadFile: (file: File) => api.upload<{ id: string; name: string }>('/files', file),
  downloadAgreement: (d: { code: string; agreementFileId: string }) =>
    download(`/files/${d.agreementFileId}`, undefined, `人民调解协议书（${d.code}）.docx`),
};
