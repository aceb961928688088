import { api } from './client';

export interface JobRun {
  slot: string;
  instanceId: string;
  status: string;
  output: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface JobItem {
  name: string;
  nextRunAt: string | null;
  lastRunAt: string | null;
  lastStatus: string | null;
  runs: JobRun[];
}

export interface SearchHit {
  entityType: string;
  typeLabel: string;
  entityId: string;
  title: string;
  snippet: string;
  link: string;
}

export const systemApi = {
  jobs: () => api.get<{ items: JobItem[] }>('/system/jobs'),
  search: (q: string, page: number) =>
    api.get<{ items: SearchHit[]; total: number }>('/search', { q, page }),
};
