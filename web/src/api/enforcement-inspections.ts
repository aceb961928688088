import { api } from './client';
import type { AheadStep, BlockedStep, PathStep } from './workflow';

/** 行政执法: inspection records (检查记录) and hazards (事故隐患) with 挂牌督办. */

interface InspectionVocabulary {
  kinds: Record<string, string>;
  checklists: Record<string, Record<string, string>>;
  levels: Record<string, string>;
  states: Record<string, string>;
}

export interface ChecklistAnswer {
  item: string;
  passed: boolean;
  note?: string;
}

export interface Inspection {
  id: string;
  kind: string;
  kindLabel: string;
  inspectedOn: string;
  subjectName: string;
  subjectAddress: string | null;
  contactPerson: string | null;
  checklist: (ChecklistAnswer & { label: string })[];
  failedItems: number;
  joint: boolean;
  departments: string[];
  inspectors: string;
  findings: string | null;
  photos?: { id: string; name: string }[];
}

interface NewInspection {
  kind: string;
  inspectedOn: string;
  subjectName: string;
  subjectAddress?: string;
  contactPerson?: string;
  checklist: ChecklistAnswer[];
  departments: string[];
  inspectors: string;
  findings?: string;
}

export interface Hazard {
  id: string;
  inspectionId: string | null;
  subjectName: string;
  description: string;
  level: string;
  levelLabel: string;
  status: string;
  statusLabel: string;
  foundOn: string;
  deadline: string | null;
  recheckedOn: string | null;
  recheckPassed: boolean;
  recheckNote: string | null;
  closedOn: string | null;
  caseId: string | null;
  supervisedOn: string | null;
  supervisionBody: string | null;
  supervisionDeadline: string | null;
  overdue: boolean;
  overdueWorkingDays: number | null;
}

interface HazardDetail extends Hazard {
  abilities: string[];
  blocked: BlockedStep[];
  path: PathStep[];
  ahead: AheadStep[];
}

interface Page<T> {
  items: T[];
  total: number;
}

export const inspectionsApi = {
  vocabulary: () => api.get<InspectionVocabulary>('/enforcement/inspections/vocabulary'),
  list: (q: { page: number; pageSize: number; kind?: string }) =>
    api.get<Page<Inspection>>('/enforcement/inspections', q),
  get: (id: string) => api.get<Inspection>(`/enforcement/inspections/${id}`),
  create: (body: NewInspection) => api.post<Inspection>('/enforcement/inspections', body),
  /** A photo from the phone's camera: uploaded, then attached to the record. */
  addPhoto: async (id: string, file: File) => {
    const up = await api.upload<{ id: string }>('/files', file);
    return api.post<Inspection>(`/enforcement/inspections/${id}/photos`, { fileId: up.id });
  },
};

export const hazardsApi = {
  list: (q: { page: number; pageSize: number; overdue?: boolean; supervised?: boolean }) =>
    api.get<Page<Hazard>>('/enforcement/hazards', q),
  get: (id: string) => api.get<HazardDetail>(`/enforcement/hazards/${id}`),
  create: (body: {
    subjectName: string;
    description: string;
    level: string;
    inspectionId?: string;
  }) => api.post<HazardDetail>('/enforcement/hazards', body),
  step: (id: string, action: string, body: Record<string, unknown> = {}) =>
    api.post<HazardDetail>(`/enforcement/hazards/${id}/${action}`, body),
};
