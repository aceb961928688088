import { api } from './client';
import type { AheadStep, BlockedStep, PathStep } from './workflow';

/** 双随机、一公开 抽查计划: the plan, its seeded draw and its publication. */

interface DrawnOfficer {
  name: string;
  certNo: string;
}

export interface Plan {
  id: string;
  name: string;
  year: number;
  period: string;
  matter: string;
  legalBasis: string;
  objects: string[];
  drawCount: number;
  officersPerInspection: number;
  status: string;
  statusLabel: string;
  publishedOn: string | null;
  basis: string;
  draw: {
    seed: string;
    drawnOn: string | null;
    /** The officers who could be drawn, in the draw's order. */
    candidates: DrawnOfficer[];
    inspections: { object: string; officers: DrawnOfficer[] }[];
    /** Re-running the draw from its seed gives the recorded result. */
    reproducible: boolean;
  } | null;
}

interface PlanDetail extends Plan {
  abilities: string[];
  blocked: BlockedStep[];
  path: PathStep[];
  ahead: AheadStep[];
}

interface NewPlan {
  name: string;
  year: number;
  period: string;
  matter: string;
  legalBasis: string;
  objects: string[];
  drawCount: number;
  officersPerInspection: number;
}

interface Page<T> {
  items: T[];
  total: number;
}

export const plansApi = {
  list: (q: { page: number; pageSize: number; year?: number }) =>
    api.get<Page<Plan>>('/enforcement/plans', q),
  get: (id: string) => api.get<PlanDetail>(`/enforcement/plans/${id}`),
  create: (body: NewPlan) => api.post<PlanDetail>('/enforcement/plans', body),
  step: (id: string, action: 'draw' | 'publish') =>
    api.post<PlanDetail>(`/enforcement/plans/${id}/${action}`, {}),
  published: (page: number, pageSize = 10) =>
    api.get<Page<Plan> & { town: string }>('/public/enforcement/plans', { page, pageSize }),
};
