import { api } from './client';
import type { Reply } from './types';

type JobList = Reply<'/api/v1/system/jobs'>;
type SearchPage = Reply<'/api/v1/search'>;

export type JobItem = JobList['items'][number];
export type JobRun = JobItem['runs'][number];
export type SearchHit = SearchPage['items'][number];

export const systemApi = {
  jobs: () => api.get<JobList>('/system/jobs'),
  search: (q: string, page: number) => api.get<SearchPage>('/search', { q, page }),
};
