import { api, type Query } from './client';
import type { Reply } from './types';

/** 听证、专家论证、风险评估报告 of a decision, and the town's expert pool (条例 第十六至二十四条). */

export type PoolExpert = Reply<'/api/v1/decisions/experts'>['items'][number];
export type DecisionProcedures = Reply<'/api/v1/decisions/{id}/procedures'>;

type Body = Record<string, unknown>;
const write = (id: string, path: string, body: Body) =>
  api.post<DecisionProcedures>(`/decisions/${id}/${path}`, body);

export const decisionProceduresApi = {
  get: (id: string) => api.get<DecisionProcedures>(`/decisions/${id}/procedures`),
  scheduleHearing: (id: string, body: Body) => write(id, 'hearing', body),
  recordHearing: (id: string, body: Body) => write(id, 'hearing/record', body),
  declareConflict: (id: string, body: Body) => write(id, 'expert-conflicts', body),
  chooseExperts: (id: string, body: Body) => write(id, 'experts', body),
  recordOpinion: (id: string, expertId: string, body: Body) =>
    write(id, `experts/${expertId}/opinion`, body),
  recordRiskReport: (id: string, body: Body) => write(id, 'risk-report', body),
  pool: (q: { orgId?: string } = {}) =>
    api.get<Reply<'/api/v1/decisions/experts'>>('/decisions/experts', q as Query),
  addExpert: (body: Body) =>
    api.post<Reply<'/api/v1/decisions/experts', 'post'>>('/decisions/experts', body),
};
