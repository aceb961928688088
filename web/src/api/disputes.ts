import { api, download, type Query } from './client';
import type { Reply } from './types';

/** 矛盾纠纷调解 (矛调): intake, the dispute's steps, the 调解台账 and the indicators. */

type DisputeList = Reply<'/api/v1/disputes'>;

export type Dispute = DisputeList['items'][number];
export type DisputeDetail = Reply<'/api/v1/disputes/{id}'>;

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

export type DisputeStats = Reply<'/api/v1/disputes/stats'>;
export type LedgerImportPreview = Reply<'/api/v1/disputes/import/preview', 'post'>;

const D = '/disputes';

export const disputesApi = {
  vocabulary: () => api.get<Reply<'/api/v1/disputes/vocabulary'>>(`${D}/vocabulary`),
  list: (q: DisputeFilters & { page: number; pageSize: number }) =>
    api.get<DisputeList>(D, q as unknown as Query),
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
    api.upload<Reply<'/api/v1/disputes/import', 'post'>>(`${D}/import`, file),
  uploadFile: (file: File) => api.upload<{ id: string; name: string }>('/files', file),
  downloadAgreement: (d: { code: string; agreementFileId: string }) =>
    download(`/files/${d.agreementFileId}`, undefined, `人民调解协议书（${d.code}）.docx`),
};
