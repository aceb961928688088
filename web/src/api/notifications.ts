import { api } from './client';

export interface Notice {
  id: string;
  /** task.assigned / task.due_soon / task.overdue / submission.returned. */
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

interface NoticePage {
  items: Notice[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export interface NoticeSettings {
  inApp: true;
  sms: boolean;
  zzd: boolean;
  zzdAccountId: string | null;
  quietStart: string | null;
  quietEnd: string | null;
  daysAhead: number;
  /** Where SMS would go, masked. */
  phoneMasked: string | null;
  /** The channels this deployment is connected to. */
  available: { sms: boolean; zzd: boolean };
}

type NoticeSettingsInput = Pick<
  NoticeSettings,
  'sms' | 'zzd' | 'zzdAccountId' | 'quietStart' | 'quietEnd' | 'daysAhead'
>;

export const notificationsApi = {
  list: (unread: boolean, page: number, pageSize: number) =>
    api.get<NoticePage>('/notifications', { unread: unread || undefined, page, pageSize }),
  read: (id: string) => api.post<{ id: string; readAt: string }>(`/notifications/${id}/read`),
  readAll: () => api.post<{ marked: number }>('/notifications/read-all'),
  settings: () => api.get<NoticeSettings>('/notifications/settings'),
  saveSettings: (input: NoticeSettingsInput) =>
    api.put<NoticeSettings>('/notifications/settings', input),
};

/** What kind of notice it is, as a tag. */
export const NOTICE_KINDS: Record<string, { label: string; color: string }> = {
  'task.assigned': { label: '新待办', color: 'blue' },
  'task.due_soon': { label: '即将到期', color: 'gold' },
  'task.overdue': { label: '已超期', color: 'red' },
  'submission.returned': { label: '被退回', color: 'volcano' },
};
