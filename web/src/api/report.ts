import { api, download, type Query } from './client';
import type { Reply } from './types';

/** 法治指标与法治政府建设年度报告: the indicator registry, entered figures, the report and its steps. */

type IndicatorSet = Reply<'/api/v1/indicators'>;
export type Indicator = IndicatorSet['indicators'][number];
export type LawReport = Reply<'/api/v1/law-reports/{year}'>;
type Towns = Reply<'/api/v1/indicators/towns'>;
export type TownRow = Towns['towns'][number];

const town = (orgId?: string) => (orgId ? { orgId } : {});

export const reportApi = {
  indicators: (year: number, orgId?: string) =>
    api.get<IndicatorSet>('/indicators', { year, ...town(orgId) } as Query),
  towns: (year: number) => api.get<Towns>('/indicators/towns', { year }),
  enter: (year: number, body: Record<string, unknown>) =>
    api.put<IndicatorSet>(`/indicators/${year}/entries`, body),
  get: (year: number, orgId?: string) =>
    api.get<LawReport>(`/law-reports/${year}`, town(orgId) as Query),
  save: (
    year: number,
    body: { paragraphs: Record<string, string>; cutOffOn?: string; orgId?: string },
  ) => api.put<LawReport>(`/law-reports/${year}/narrative`, body),
  step: (id: string, action: string) =>
    api.post<LawReport>(`/law-reports/by-id/${id}/${action}`, {}),
  docx: (year: number, orgId?: string) =>
    download(
      `/law-reports/${year}/docx`,
      town(orgId) as Query,
      `${year}年法治政府建设年度报告.docx`,
    ),
};
