import { api } from './client';
import type { Reply } from './types';

type InboxPage = Reply<'/api/v1/inbox'>;
type Assignees = Reply<'/api/v1/inbox/assignees'>;

/** The caller's tasks; `assigneeRole` null once handed to a named person, `supervise` for staff above the town. */
export type InboxItem = InboxPage['items'][number];
export type InboxCounts = InboxPage['counts'];
/** 已超期 / 即将到期 / 未到期. */
export type Urgency = InboxItem['status'];

export const inboxApi = {
  list: (status: Urgency | undefined, page: number, pageSize: number) =>
    api.get<InboxPage>('/inbox', { status, page, pageSize }),
  assignees: (ids: string[]) => api.get<Assignees>('/inbox/assignees', { ids: ids.join(',') }),
  /** userId null: back to the role's pool (退回岗位). */
  assign: (ids: string[], userId: string | null) =>
    api.post<Reply<'/api/v1/inbox/assign', 'post'>>('/inbox/assign', { ids, userId }),
};
