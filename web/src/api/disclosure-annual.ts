import { api, download } from './client';
import type { Reply } from './types';

/** 政府信息公开工作年度报告: the staff page, its edits, and the portal's published copies. */

type Column =
  | 'natural_person'
  | 'commercial'
  | 'research'
  | 'public_interest'
  | 'legal_service'
  | 'other'
  | 'total';
export type Row = Record<Column, number>;

interface Issuance {
  issued: number;
  abolished: number;
  inForce: number;
}

export interface SectionTwo {
  article20Item1: { rules: Issuance; normativeDocuments: Issuance };
  article20Item5: { licensingDecisions: number };
  article20Item6: { penaltyDecisions: number; coercionDecisions: number };
  article20Item8: { feesWan: number; feesFen: number };
}

export type Table4Group = 'review' | 'direct' | 'after';
export type Table4Result = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';

export interface Check {
  code: string;
  title: string;
  ok: boolean;
  failures: string[];
}

export interface Narrative {
  overview: string;
  problems: string;
  otherMatters: string;
}

export interface ReportLayout {
  sections: string[];
  table2Blocks: { caption: string; header: string[] }[];
  table3Caption: string;
  resultsLabel: string;
  columns: { key: Column; label: string }[];
  groupLabels: Record<string, string>;
  table3Rows: { key: string; label: string; group: string | null; values: Row }[];
  table4Groups: { key: Table4Group; label: string; parent: string | null }[];
  table4Results: { key: Table4Result; label: string }[];
}

export interface ReportView {
  town: { id: string; name: string; code: string };
  year: number;
  sectionTwo: SectionTwo;
  sectionThree: Record<string, Row>;
  sectionFour: Record<Table4Group, Record<Table4Result, number>>;
  sectionFourEntered: { at: string; by: string | null } | null;
  /** Where 表四 came from: the litigation register, or the figures entered by hand. */
  sectionFourSource: string | null;
  fees: { fen: number; count: number; line: string };
  checks: Check[];
  narrative: Narrative;
  layout: ReportLayout;
}

export interface StaffReport extends ReportView {
  narrativeSaved: boolean;
  publication: {
    status: 'draft' | 'published';
    version: number;
    publishedAt: string | null;
    docxFileId: string | null;
  };
  abilities: { edit: boolean; publish: boolean };
}

export type Table4Input = Record<Table4Group, Record<Exclude<Table4Result, 'total'>, number>>;

const R = '/disclosure/annual-reports';

export const annualApi = {
  get: (year: number, orgId?: string) => api.get<StaffReport>(`${R}/${year}`, { orgId }),
  saveNarrative: (year: number, n: Narrative, orgId?: string) =>
    api.put<StaffReport>(`${R}/${year}/narrative`, { ...n, orgId }),
  saveCounts: (year: number, counts: Table4Input, orgId?: string) =>
    api.put<StaffReport>(`${R}/${year}/review-counts`, { counts, orgId }),
  publish: (year: number, orgId?: string) =>
    api.post<StaffReport>(`${R}/${year}/publish`, { orgId }),
  docx: (year: number, orgId?: string) =>
    download(`${R}/${year}/docx`, { orgId }, `${year}年政府信息公开工作年度报告.docx`),
  published: () =>
    api.get<Reply<'/api/v1/portal/disclosure/annual-reports'>>('/portal/disclosure/annual-reports'),
  publishedReport: (year: number) =>
    api.get<ReportView & { publishedAt: string; version: number }>(
      `/portal/disclosure/annual-reports/${year}`,
    ),
  publishedDocxUrl: (year: number) => `/api/v1/portal/disclosure/annual-reports/${year}/docx`,
};
