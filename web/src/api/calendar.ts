import type { DayUnit } from '@fazhi/shared';
import { api } from './client';
import type { Reply, RequestBody } from './types';

type YearList = Reply<'/api/v1/calendar/years'>;
type DayList = Reply<'/api/v1/calendar/days'>;
type NoticeInput = RequestBody<'/api/v1/calendar/notices', 'post'>;

export type CalendarDay = DayList['days'][number];
export type NoticeSummary = NonNullable<DayList['notice']>;

/** A rejected notice row: `where` is 第 n 行 / 第 n 条, `line` the CSV line when known. */
export interface NoticeRowError {
  where: string;
  line?: number;
  message: string;
}

export type EnteredNotice = Reply<'/api/v1/calendar/notices', 'post'>;

/** The deadline answer; a step may cover a run of days (`to`). */
export type DeadlineAnswer = Reply<'/api/v1/calendar/deadline'>;

export const calendarApi = {
  deadline: (from: string, days: number, unit: DayUnit) =>
    api.get<DeadlineAnswer>('/calendar/deadline', { from, days, unit }, { quiet401: true }),
  years: () => api.get<YearList>('/calendar/years'),
  days: (year: number) => api.get<DayList>('/calendar/days', { year }),
  notices: (year: number) =>
    api.get<Reply<'/api/v1/calendar/notices'>>('/calendar/notices', { year }),
  createNotice: (input: NoticeInput) => api.post<EnteredNotice>('/calendar/notices', input),
  importCsv: (input: RequestBody<'/api/v1/calendar/notices/import', 'post'>) =>
    api.post<EnteredNotice>('/calendar/notices/import', input),
};
