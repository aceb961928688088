import type { ClockBadge } from '@fazhi/shared';
import { api, download, type Query } from './client';
import type { AheadStep, BlockedStep, PathStep } from './workflow';

/** 行政复议与行政应诉: the register of cases against the town, its steps and indicators. */

interface Labelled {
  label: string;
  basis: string;
}

interface LitigationVocabulary {
  kinds: Record<string, string>;
  reviewOutcomes: Record<string, Labelled>;
  courtOutcomes: Record<string, Labelled>;
  decisionForms: Record<string, string>;
  appealedBy: Record<string, string>;
  mandatoryReasons: Record<string, string>;
  states: Record<string, string>;
}

export interface LitigationCase {
  id: string;
  kind: 'reconsideration' | 'litigation';
  kindLabel: string;
  caseNo: string;
  title: string;
  claimantName: string;
  respondent: string;
  entrustingBody: string | null;
  reviewBody: string;
  afterReconsideration: boolean;
  coDefendant: string | null;
  disclosureRelated: boolean;
  simplified: boolean;
  department: string | null;
  receivedOn: string;
  answerDue: string;
  answerClock: ClockBadge | null;
  appearanceMandatory: boolean;
  mandatoryReasonLabel: string | null;
  status: string;
  statusLabel: string;
  consultedOn: string | null;
  consultAttendees: string[];
  consultAnalysis: string | null;
  consultDecision: string | null;
  answeredOn: string | null;
  answerLate: boolean;
  hearingOn: string | null;
  leaderAppeared: boolean | null;
  leaderName: string | null;
  leaderTitle: string | null;
  standIns: string | null;
  absenceExplanation: string | null;
  outcomeLabel: string | null;
  outcomeBasis: string | null;
  corrected: boolean;
  lost: boolean;
  decisionFormLabel: string | null;
  concludedOn: string | null;
  appealDue: string | null;
  appealedOn: string | null;
  appealedByLabel: string | null;
  answerFileId: string | null;
  evaluatedOn: string | null;
  evaluation: string | null;
  rectificationDept: string | null;
  rectificationMeasures: string | null;
  rectifiedOn: string | null;
  rectificationResult: string | null;
}

interface CaseDetail extends LitigationCase {
  appealClock: ClockBadge | null;
  consultations: {
    id: string;
    heldOn: string;
    stageLabel: string;
    attendees: string[];
    analysis: string;
    decision: string;
  }[];
  abilities: string[];
  blocked: BlockedStep[];
  path: PathStep[];
  ahead: AheadStep[];
}

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

interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
  definition: string;
  asOf: string;
}

export interface LitigationStats {
  year: number;
  town: string;
  asOf: string;
  filed: { reconsiderations: number; lawsuits: number; definition: string };
  corrections: { count: number; definition: string };
  appearanceRate: Ratio;
  correctionRate: Ratio;
  lossRate: Ratio;
}

const C = '/litigation/cases';

export const litigationApi = {
  vocabulary: () => api.get<LitigationVocabulary>('/litigation/vocabulary'),
  list: (q: CaseFilters & { page: number; pageSize: number }) =>
    api.get<{ items: LitigationCase[]; total: number }>(C, q as unknown as Query),
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
