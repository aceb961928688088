import { api, type Query } from './client';

/** 听证、专家论证、风险评估报告 of a decision, and the town's expert pool (条例 第十六至二十四条). */

export interface PoolExpert {
  id: string;
  name: string;
  field: string;
  employer: string;
}

export interface DecisionProcedures {
  required: { hearing: boolean; experts: boolean; risk: boolean };
  hearing: {
    hearingOn: string;
    place: string;
    matters: string;
    selectionRule: string;
    participants: { name: string; role: string }[];
    announcedOn: string;
    materialsSentOn: string;
    materialsDueBy: string;
    record: string | null;
    recordedOn: string | null;
  } | null;
  experts: (PoolExpert & { chosenOn: string; opinion: string | null; signedOn: string | null })[];
  candidates: (PoolExpert & {
    conflict: 'declared' | 'same_employer' | null;
    conflictLabel: string | null;
    conflictReason: string | null;
  })[];
  riskReport: {
    points: string;
    measures: string;
    plan: string;
    conclusion: 'controllable' | 'uncontrollable';
    conclusionLabel: string;
    grade: 'high' | 'medium' | 'low';
    gradeLabel: string;
    assessor: string;
    reportedOn: string;
  } | null;
}

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
    api.get<{ items: PoolExpert[] }>('/decisions/experts', q as Query),
  addExpert: (body: Body) => api.post<PoolExpert>('/decisions/experts', body),
};
