import { api } from './client';

export interface HomeTask {
  id: string;
  module: string;
  moduleLabel: string;
  title: string;
  link: string;
  dueDate: string | null;
  orgName: string;
  /** Working days left; negative when overdue. */
  daysLeft: number | null;
}

interface HomeData {
  day: string;
  weekEnd: string;
  modules: {
    module: string;
    label: string;
    path: string;
    open: number;
    overdue: number;
    dueThisWeek: number;
  }[];
  dueThisWeek: HomeTask[];
  overdue: HomeTask[];
  recent: HomeTask[];
  unreadNotifications: number;
  links: { label: string; path: string }[];
}

export const homeApi = { get: () => api.get<HomeData>('/home') };
