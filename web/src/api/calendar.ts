import type { DayUnit, DeadlineResult } from '@fazhi/shared';
import { api } from './client';

export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface NoticeSummary {
  id: string;
  year: number;
  version: number;
  title: string;
  docNumber: string | null;
  publishedOn: string | null;
  source: 'chinese-days' | 'form' | 'csv';
  enteredAt: string;
  /** The person who entered it; null for the notices shipped with the system. */
  enteredBy: string | null;
  holidayCount: number;
  workdayCount: number;
  /** Only the newest version of a year counts. */
  effective: boolean;
}

interface CalendarYear {
  year: number;
  covered: boolean;
  /** No State Council notice entered: every deadline touching this year is provisional. */
  provisional: boolean;
  versions: number;
  effective: NoticeSummary | null;
}

interface NoticeInput {
  year: number;
  title: string;
  docNumber?: string;
  publishedOn?: string;
  days: CalendarDay[];
}

/** A rejected notice row: `where` is 第 n 行 / 第 n 条, `line` the CSV line when known. */
export interface NoticeRowError {
  where: string;
  line?: number;
  message: string;
}

export interface EnteredNotice {
  notice: NoticeSummary;
  redated: { count: number; clockIds: string[] };
  tasksClosed: number;
}

/** The deadline answer; a step may cover a run of days (`to`). */
export type DeadlineAnswer = Omit<DeadlineResult, 'explanation'> & {
  explanation: (DeadlineResult['explanation'][number] & { to?: string })[];
};

export const calendarApi = {
  deadline: (from: string, days: number, unit: DayUnit) =>
    api.get<DeadlineAnswer>('/calendar/deadline', { from, days, unit }, { quiet401: true }),
  years: () =>
    api.get<{ items: CalendarYear[]; abilities: { manage: boolean } }>('/calendar/years'),
  days: (year: number) =>
    api.get<{ year: number; covered: boolean; notice: NoticeSummary | null; days: CalendarDay[] }>(
      '/calendar/days',
      { year },
    ),
  notices: (year: number) =>
    api.get<{ year: number; items: (NoticeSummary & { days: CalendarDay[] })[] }>(
      '/calendar/notices',
      { year },
    ),
  createNotice: (input: NoticeInput) => api.post<EnteredNotice>('/calendar/notices', input),
  importCsv: (input: { year: number; title: string; docNumber?: string; csv: string }) =>
    api.post<EnteredNotice>('/calendar/notices/import', input),
};
