import { api } from './client';
import type { Reply } from './types';

/** 双随机、一公开 抽查计划: the plan, its seeded draw and its publication. */

type PlanList = Reply<'/api/v1/enforcement/plans'>;
export type Plan = PlanList['items'][number];
type PlanDetail = Reply<'/api/v1/enforcement/plans/{id}'>;

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

export const plansApi = {
  list: (q: { page: number; pageSize: number; year?: number }) =>
    api.get<PlanList>('/enforcement/plans', q),
  get: (id: string) => api.get<PlanDetail>(`/enforcement/plans/${id}`),
  create: (body: NewPlan) => api.post<PlanDetail>('/enforcement/plans', body),
  step: (id: string, action: 'draw' | 'publish') =>
    api.post<PlanDetail>(`/enforcement/plans/${id}/${action}`, {}),
  published: (page: number, pageSize = 10) =>
    api.get<Reply<'/api/v1/public/enforcement/plans'>>('/public/enforcement/plans', {
      page,
      pageSize,
    }),
};
