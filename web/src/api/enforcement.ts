import type { ClockBadge } from '@fazhi/shared';
import { api, download, type Query } from './client';
import type { AheadStep, BlockedStep, PathStep } from './workflow';

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

export interface CaseItem {
  id: string;
  caseNo: string;
  title: string;
  field: string;
  fieldLabel: string;
  authorityBasis: string;
  authorityBasisLabel: string;
  entrustmentId: string | null;
  entrustingBody: string | null;
  /** Masked (张*) for staff above the town when the party is a citizen. */
  partyName: string;
  partyKind: string;
  partyKindLabel: string;
  partyAddress: string | null;
  facts: string;
  major: boolean;
  status: string;
  statusLabel: string;
  clueOn: string;
  filedOn: string | null;
  investigatedOn: string | null;
  proposedFine: number | null;
  noticedOn: string | null;
  noticeDocNo: string | null;
  noticeFileId: string | null;
  hearingRequestedOn: string | null;
  heardOn: string | null;
  legalReviewedOn: string | null;
  legalReviewOpinion: string | null;
  discussedOn: string | null;
  extensionDays: number;
  extensionReason: string | null;
  extensionApprover: string | null;
  /** Last day of the art 60 limit (立案 + 90 days + extensions). */
  decisionDue: string | null;
  decidedOn: string | null;
  fine: number | null;
  penalty: string | null;
  decisionDocNo: string | null;
  decisionFileId: string | null;
  servedOn: string | null;
  paidOn: string | null;
  closedOn: string | null;
  endingReason: string | null;
  /** 普通程序 / 简易程序 (当场处罚, 行政处罚法 第五十一条). */
  procedure: 'general' | 'simple';
  procedureLabel: string;
  reportedOn: string | null;
  collectedOn: string | null;
  collectionGround: string | null;
  collectionGroundLabel: string | null;
  receiptNo: string | null;
  handedOverOn: string | null;
  urgedOn: string | null;
  urgeDocNo: string | null;
  urgeFileId: string | null;
  courtAppliedOn: string | null;
  courtName: string | null;
  /** 加处罚款 owed when the fine was paid late (元). */
  surcharge: number | null;
}

export interface CaseDetail extends CaseItem {
  officers: { id: string; displayName: string }[];
  /** The table's actions the caller may take now. */
  abilities: string[];
  blocked: BlockedStep[];
  path: PathStep[];
  ahead: AheadStep[];
  /** 备案 due (art 52 ¶3, the town's working days) and the cash hand-over due (art 71). */
  reportDue: string | null;
  handOverDue: string | null;
  /** Art 67: the last day to pay; 行政强制法 art 53: when the court may be asked. */
  paymentDue: string | null;
  courtWindow: { opens: string; closes: string } | null;
  /** 加处罚款 owed today while unpaid (art 72, capped at the fine). */
  surchargeToday: { days: number; amount: number; capped: boolean } | null;
  /** 行政处罚决定公开 (art 48): the day it was published, its due day, and a withdrawal. */
  publishedOn: string | null;
  publishDue: string | null;
  decisionChangedOn: string | null;
  publicationWithdrawnOn: string | null;
  publicationWithdrawalReason: string | null;
  withdrawDue: string | null;
  /** The statutory clocks (作出决定, 送达, 公开, 缴纳罚款), each with its article and traffic light. */
  clocks: ClockBadge[];
  /** 案卷评查: each paper the case's stage requires, present or not, with its article. */
  fileReview: { complete: boolean; items: { item: string; present: boolean; basis: string }[] };
}

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

export interface Entrustment {
  id: string;
  entrustingBody: string;
  fields: { key: string; label: string }[];
  powers: string;
  documentNo: string | null;
  startsOn: string;
  endsOn: string;
  /** Within its period today. */
  current: boolean;
}

export interface Certificate {
  id: string;
  userId: string;
  holder: string;
  certNo: string;
  fields: { key: string; label: string }[];
  issuedOn: string;
  expiresOn: string;
  valid: boolean;
  /** 学时 this year, and whether below the town's yearly requirement. */
  trainingHours: number;
  trainingBelow: boolean;
}

/** Each certificate holder's 学时 in a year against the town's requirement (60 by default). */
export interface TrainingStatus {
  year: number;
  required: number;
  basis: string;
  officers: { userId: string; name: string; hours: number; below: boolean }[];
  below: number;
}

export interface EnforcementStats {
  year: number;
  town: string;
  decisions: number;
  fines: number;
  groups: {
    field: string;
    fieldLabel: string;
    authorityBasis: string;
    authorityBasisLabel: string;
    decisions: number;
    fines: number;
  }[];
  training: TrainingStatus;
}

const E = '/enforcement';
const C = `${E}/cases`;
const options = (o: Record<string, string>): Option[] =>
  Object.entries(o).map(([value, label]) => ({ value, label }));
const step = (id: string, path: string, body: unknown = {}) =>
  api.post<CaseDetail>(`${C}/${id}/${path}`, body);

/** The town's amounts the law leaves to it: art 63 hearing thresholds, art 51 on-the-spot limits (元). */
export interface EnforcementSettings {
  citizen: number;
  organisation: number;
  basis: string;
  simpleCitizen: number;
  simpleOrganisation: number;
  simpleReportDays: number;
  simpleBasis: string;
  /** 执法人员年度培训学时 required (configurable per town, 60 by default). */
  trainingHours: number;
  trainingBasis: string;
  updatedAt: string | null;
}

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
  list: (f: CaseFilters) =>
    api.get<{ items: CaseItem[]; total: number; page: number; pageSize: number }>(
      C,
      f as unknown as Query,
    ),
  exportXlsx: (f: CaseFilters) =>
    download(
      `${C}/export`,
      { ...(f as unknown as Query), page: undefined, pageSize: undefined },
      '行政处罚案件台账.xlsx',
    ),
  /** 案件台账导入: the template, and the town's concluded past cases (all rows or none). */
  importTemplate: () =>
    download(`${C}/import/template`, undefined, '行政处罚案件台账导入模板.xlsx'),
  importLedger: (file: File) => api.upload<{ imported: number }>(`${C}/import`, file),
  get: (id: string) => api.get<CaseDetail>(`${C}/${id}`),
  create: (body: NewCase) => api.post<CaseDetail>(C, body),
  /** One step of the case by its route path (`file`, `notify`, …), with the step's fields. */
  step,
  entrustments: (orgId?: string) =>
    api.get<{ items: Entrustment[] }>(`${E}/entrustments`, { orgId }),
  createEntrustment: (body: {
    entrustingBody: string;
    fields: string[];
    powers: string;
    documentNo?: string;
    startsOn: string;
    endsOn: string;
  }) => api.post<{ id: string }>(`${E}/entrustments`, body),
  certificates: (orgId?: string) =>
    api.get<{ items: Certificate[]; trainingYear: number; trainingRequired: number }>(
      `${E}/certificates`,
      { orgId },
    ),
  createCertificate: (body: {
    userId: string;
    certNo: string;
    fields: string[];
    issuedOn: string;
    expiresOn: string;
  }) => api.post<{ id: string }>(`${E}/certificates`, body),
  staff: () =>
    api.get<{ items: { id: string; displayName: string; username: string }[] }>(`${E}/staff`),
  trainings: (year: number, orgId?: string) =>
    api.get<{
      items: {
        id: string;
        userId: string;
        name: string;
        heldOn: string;
        hours: number;
        topic: string;
      }[];
      status: TrainingStatus;
    }>(`${E}/trainings`, { year, orgId }),
  recordTraining: (body: { userId: string; heldOn: string; hours: number; topic: string }) =>
    api.post<{ id: string }>(`${E}/trainings`, body),
  stats: (year: number, orgId?: string) => api.get<EnforcementStats>(`${E}/stats`, { year, orgId }),
};
