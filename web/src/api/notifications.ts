import { api } from './client';
import type { Reply, RequestBody } from './types';

type NoticePage = Reply<'/api/v1/notifications'>;

/** `kind`: task.assigned / task.due_soon / task.overdue / submission.returned. */
export type Notice = NoticePage['items'][number];
export type NoticeSettings = Reply<'/api/v1/notifications/settings'>;
type NoticeSettingsInput = RequestBody<'/api/v1/notifications/settings', 'put'>;

export const notificationsApi = {
  list: (unread: boolean, page: number, pageSize: number) =>
    api.get<NoticePage>('/notifications', { unread: unread || undefined, page, pageSize }),
  read: (id: string) =>
    api.post<Reply<'/api/v1/notifications/{id}/read', 'post'>>(`/notifications/${id}/read`),
  readAll: () =>
    api.post<Reply<'/api/v1/notifications/read-all', 'post'>>('/notifications/read-all'),
  settings: () => api.get<NoticeSettings>('/notifications/settings'),
  saveSettings: (input: NoticeSettingsInput) =>
    api.put<Reply<'/api/v1/notifications/settings', 'put'>>('/notifications/settings', input),
};

/** What kind of notice it is, as a tag. */
export const NOTICE_KINDS: Record<string, { label: string; color: string }> = {
  'task.assigned': { label: '新待办', color: 'blue' },
  'task.due_soon': { label: '即将到期', color: 'gold' },
  'task.overdue': { label: '已超期', color: 'red' },
  'submission.returned': { label: '被退回', color: 'volcano' },
};
