import { api } from './client';

/** 已超期 / 即将到期 / 未到期. */
export type Urgency = 'overdue' | 'due_soon' | 'on_track';

export interface InboxItem {
  id: string;
  orgId: string;
  orgName: string;
  module: string;
  subjectType: string;
  subjectId: string;
  kind: string;
  title: string;
  link: string;
  /** The task's statutory clock, when it has one (its tag explains the date on hover). */
  clockId: string | null;
  dueDate: string | null;
  status: Urgency;
  /** The linked clock is paused (e.g. waiting for the applicant's correction). */
  paused: boolean;
  /** Working days left; negative when overdue. */
  daysLeft: number | null;
  /** The role the task was given to; null once handed to a named person. */
  assigneeRole: string | null;
  /** 分派: the role whose pool a task now held by a named person came from. */
  poolRole: string | null;
  /** 督办: a town's task seen by staff above the town; they follow it, the town acts on it. */
  supervise: boolean;
  createdAt: string;
}

export interface InboxCounts {
  overdue: number;
  due_soon: number;
  on_track: number;
  total: number;
}

interface InboxPage {
  items: InboxItem[];
  counts: InboxCounts;
  page: number;
  pageSize: number;
  /** Tasks matching the status filter (counts cover all of them). */
  total: number;
  /** 分派: the person may hand tasks of their role's pool to a colleague (town staff only). */
  abilities: { assign: boolean };
}

interface Assignees {
  /** Who may take every selected task: holders of each task's role in its town. */
  items: { id: string; name: string }[];
  roles: { key: string; label: string }[];
}

export const inboxApi = {
  list: (status: Urgency | undefined, page: number, pageSize: number) =>
    api.get<InboxPage>('/inbox', { status, page, pageSize }),
  assignees: (ids: string[]) => api.get<Assignees>('/inbox/assignees', { ids: ids.join(',') }),
  /** userId null: back to the role's pool (退回岗位). */
  assign: (ids: string[], userId: string | null) =>
    api.post<{ assigned: number }>('/inbox/assign', { ids, userId }),
};
