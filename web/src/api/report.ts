import { api, download, type Query } from './client';
import type { AheadStep, BlockedStep, PathStep } from './workflow';

/** 法治指标与法治政府建设年度报告: the indicator registry, entered figures, the report and its steps. */

export interface Indicator {
  key: string;
  figure?: string;
  name: string;
  definition: string;
  unit: 'count' | 'yuan' | 'percent';
  period: 'year' | 'cutOff';
  module: string;
  source: 'computed' | 'entered';
  from: string;
  to: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  previous: number | null;
  change: number | null;
  entry: { value: number; sourceDocument: string; sourceDate: string; enteredAt: string } | null;
  drillDown: { api: string; web: string } | null;
}

interface IndicatorSet {
  year: number;
  town: string;
  cutOffOn: string;
  computedAt: string;
  indicators: Indicator[];
}

export interface ReportBlock {
  id: string | null;
  kind: 'heading1' | 'heading2' | 'paragraph';
  text: string;
  rendered: string;
}

export interface LawReport {
  id: string | null;
  year: number;
  town: string;
  title: string;
  status: string;
  statusLabel: string;
  cutOffOn: string;
  publishedAt: string | null;
  reportedAt: string | null;
  blocks: ReportBlock[];
  check: {
    typed: { paragraphId: string; text: string; context: string }[];
    placeholders: { paragraphId: string; kind: string; key: string; message: string }[];
    problems: number;
  };
  abilities: string[];
  blocked: BlockedStep[];
  path: PathStep[];
  ahead: AheadStep[];
}

export interface TownRow {
  townId: string;
  name: string;
  status: string | null;
  statusLabel: string;
  submitted: boolean;
  reportedAt: string | null;
  values: Record<string, number | null>;
}

const town = (orgId?: string) => (orgId ? { orgId } : {});

export const reportApi = {
  indicators: (year: number, orgId?: string) =>
    api.get<IndicatorSet>('/indicators', { year, ...town(orgId) } as Query),
  towns: (year: number) =>
    api.get<{
      year: number;
      indicators: { key: string; figure?: string; name: string; unit: string }[];
      towns: TownRow[];
    }>('/indicators/towns', { year }),
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
