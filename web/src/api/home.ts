import { api } from './client';
import type { Reply } from './types';

type HomeData = Reply<'/api/v1/home'>;

/** A task on the home page; `daysLeft` is negative when overdue. */
export type HomeTask = HomeData['dueThisWeek'][number];

export const homeApi = { get: () => api.get<HomeData>('/home') };
