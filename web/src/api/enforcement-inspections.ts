import { api } from './client';
import type { Reply } from './types';

/** 行政执法: inspection records (检查记录) and hazards (事故隐患) with 挂牌督办. */

export interface ChecklistAnswer {
  item: string;
  passed: boolean;
  note?: string;
}

type InspectionList = Reply<'/api/v1/enforcement/inspections'>;
export type Inspection = InspectionList['items'][number];
type InspectionDetail = Reply<'/api/v1/enforcement/inspections/{id}'>;
type HazardList = Reply<'/api/v1/enforcement/hazards'>;
export type Hazard = HazardList['items'][number];
type HazardDetail = Reply<'/api/v1/enforcement/hazards/{id}'>;

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

export const inspectionsApi = {
  vocabulary: () =>
    api.get<Reply<'/api/v1/enforcement/inspections/vocabulary'>>(
      '/enforcement/inspections/vocabulary',
    ),
  list: (q: { page: number; pageSize: number; kind?: string }) =>
    api.get<InspectionList>('/enforcement/inspections', q),
  get: (id: string) => api.get<InspectionDetail>(`/enforcement/inspections/${id}`),
  create: (body: NewInspection) => api.post<InspectionDetail>('/enforcement/inspections', body),
  /** A photo from the phone's camera: uploaded, then attached to the record. */
  addPhoto: async (id: string, file: File) => {
    const up = await api.upload<{ id: string }>('/files', file);
    return api.post<InspectionDetail>(`/enforcement/inspections/${id}/photos`, { fileId: up.id });
  },
};

export const hazardsApi = {
  list: (q: { page: number; pageSize: number; overdue?: boolean; supervised?: boolean }) =>
    api.get<HazardList>('/enforcement/hazards', q),
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
