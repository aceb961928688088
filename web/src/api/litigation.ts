import { api, download, type Query } from './client';
import type { Reply } from './types';

/** 行政复议与行政应诉: the register of cases against the town, its steps and indicators. */

type Vocabulary = Reply<'/api/v1/litigation/vocabulary'>;
type CasePage = Reply<'/api/v1/litigation/cases'>;
export type LitigationCase = CasePage['items'][number];
type CaseDetail = Reply<'/api/v1/litigation/cases/{id}'>;

export interface CaseFilters {
  kind?: string;
  status?: string;
  year?: number;
  /** `YYYY-MM`: the month received (驾驶舱 drill-down). */
  month?: string;
  /** Above the town: one town's cases. */
  townId?: string;
  disclosureRelated?: boolean;
  q?: string;
}

export type LitigationStats = Reply<'/api/v1/litigation/stats'>;

const C = '/litigation/cases';

export const litigationApi = {
  vocabulary: () => api.get<Vocabulary>('/litigation/vocabulary'),
  list: (q: CaseFilters & { page: number; pageSize: number }) =>
    api.get<CasePage>(C, q as unknown as Query),
  get: (id: string) => api.get<CaseDetail>(`${C}/${id}`),
  downloadAnswer: (c: { caseNo: string; kind: string; answerFileId: string }) =>
    download(
      `/files/${c.answerFileId}`,
      undefined,
      `${c.kind === 'litigation' ? '行政诉讼答辩状' : '行政复议答复书'}（${c.caseNo}）.docx`,
    ),
  create: (body: Record<string, unknown>) => api.post<CaseDetail>(C, body),
  step: (id: string, action: string, body: Record<string, unknown>) =>
    api.post<CaseDetail>(`${C}/${id}/${action}`, body),
  stats: (q: { year: number; asOf?: string; base?: string; orgId?: string }) =>
    api.get<LitigationStats>('/litigation/stats', q as unknown as Query),
  exportXlsx: (f: CaseFilters) =>
    download(`${C}/export`, f as unknown as Query, '行政复议和行政应诉案件台账.xlsx'),
};
