import { api, download, type Query } from './client';
import type { Reply } from './types';

/** 行政执法: penalty cases on the workflow kernel, entrustments, 执法证 and the year's statistics. */

export interface Option {
  value: string;
  label: string;
}

export interface EnforcementVocabulary {
  fields: Option[];
  authorityBases: Option[];
  partyKinds: Option[];
  states: Option[];
  procedures: Option[];
  collectionGrounds: Option[];
}

export interface CaseFilters {
  status?: string;
  field?: string;
  authorityBasis?: string;
  year?: number;
  decidedYear?: number;
  /** `YYYY-MM`: the month the clue was registered (驾驶舱 drill-down). */
  month?: string;
  /** Above the town: one town's cases. */
  townId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

type CaseList = Reply<'/api/v1/enforcement/cases'>;

/** Party names are masked (张*) for staff above the town when the party is a citizen. */
export type CaseItem = CaseList['items'][number];
export type CaseDetail = Reply<'/api/v1/enforcement/cases/{id}'>;
export type Entrustment = Reply<'/api/v1/enforcement/entrustments'>['items'][number];
type Certificates = Reply<'/api/v1/enforcement/certificates'>;
export type Certificate = Certificates['items'][number];
export type EnforcementStats = Reply<'/api/v1/enforcement/stats'>;
/** The town's amounts the law leaves to it: art 63 hearing thresholds, art 51 on-the-spot limits (元). */
export type EnforcementSettings = Reply<'/api/v1/enforcement/settings'>;

export interface NewCase {
  title: string;
  field: string;
  authorityBasis: string;
  entrustmentId?: string;
  partyName: string;
  partyKind: string;
  partyAddress?: string;
  facts: string;
  major?: boolean;
  officerIds: string[];
  procedure?: 'general' | 'simple';
}

const E = '/enforcement';
const C = `${E}/cases`;
const options = (o: Record<string, string>): Option[] =>
  Object.entries(o).map(([value, label]) => ({ value, label }));
const step = (id: string, path: string, body: unknown = {}) =>
  api.post<CaseDetail>(`${C}/${id}/${path}`, body);

export const enforcementApi = {
  settings: () => api.get<EnforcementSettings>(`${E}/settings`),
  saveSettings: (
    v: Pick<
      EnforcementSettings,
      | 'citizen'
      | 'organisation'
      | 'simpleCitizen'
      | 'simpleOrganisation'
      | 'simpleReportDays'
      | 'trainingHours'
      | 'publishableGeneral'
      | 'publishableSimple'
    >,
  ) => api.put<EnforcementSettings>(`${E}/settings`, v),
  vocabulary: async (): Promise<EnforcementVocabulary> => {
    const v = await api.get<Record<keyof EnforcementVocabulary, Record<string, string>>>(
      `${E}/vocabulary`,
    );
    return {
      fields: options(v.fields),
      authorityBases: options(v.authorityBases),
      partyKinds: options(v.partyKinds),
      states: options(v.states),
      procedures: options(v.procedures),
      collectionGrounds: options(v.collectionGrounds),
    };
  },
  list: (f: CaseFilters) => api.get<CaseList>(C, f as unknown as Query),
  exportXlsx: (f: CaseFilters) =>
    download(
      `${C}/export`,
      { ...(f as unknown as Query), page: undefined, pageSize: undefined },
      '行政处罚案件台账.xlsx',
    ),
  /** 案件台账导入: the template, and the town's concluded past cases (all rows or none). */
  importTemplate: () =>
    download(`${C}/import/template`, undefined, '行政处罚案件台账导入模板.xlsx'),
  importLedger: (file: File) =>
    api.upload<Reply<'/api/v1/enforcement/cases/import', 'post'>>(`${C}/import`, file),
  get: (id: string) => api.get<CaseDetail>(`${C}/${id}`),
  create: (body: NewCase) => api.post<CaseDetail>(C, body),
  /** One step of the case by its route path (`file`, `notify`, …), with the step's fields. */
  step,
  entrustments: (orgId?: string) =>
    api.get<Reply<'/api/v1/enforcement/entrustments'>>(`${E}/entrustments`, { orgId }),
  createEntrustment: (body: {
    entrustingBody: string;
    fields: string[];
    powers: string;
    documentNo?: string;
    startsOn: string;
    endsOn: string;
  }) => api.post<{ id: string }>(`${E}/entrustments`, body),
  certificates: (orgId?: string) => api.get<Certificates>(`${E}/certificates`, { orgId }),
  createCertificate: (body: {
    userId: string;
    certNo: string;
    fields: string[];
    issuedOn: string;
    expiresOn: string;
  }) => api.post<{ id: string }>(`${E}/certificates`, body),
  staff: () => api.get<Reply<'/api/v1/enforcement/staff'>>(`${E}/staff`),
  trainings: (year: number, orgId?: string) =>
    api.get<Reply<'/api/v1/enforcement/trainings'>>(`${E}/trainings`, { year, orgId }),
  recordTraining: (body: { userId: string; heldOn: string; hours: number; topic: string }) =>
    api.post<{ id: string }>(`${E}/trainings`, body),
  stats: (year: number, orgId?: string) => api.get<EnforcementStats>(`${E}/stats`, { year, orgId }),
};
