import { api, download, type Query } from './client';
import type { Reply } from './types';

type EventPage = Reply<'/api/v1/audit/events'>;

export type AuditEvent = EventPage['items'][number];

export interface AuditFilters {
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export type VerifyResult = Reply<'/api/v1/audit/verify', 'post'>;
export type ChainCheck = VerifyResult['chains'][number];

export const auditApi = {
  events: (f: AuditFilters) => api.get<EventPage>('/audit/events', f as unknown as Query),
  exportXlsx: (f: AuditFilters) =>
    download(
      '/audit/events',
      { ...(f as unknown as Query), format: 'xlsx', page: undefined, pageSize: undefined },
      '审计日志.xlsx',
    ),
  verify: () => api.post<VerifyResult>('/audit/verify'),
  /** 锚点: the SM2-signed chain ends, to keep outside the database and check with `audit verify --anchors`. */
  anchors: () => download('/audit/anchors', undefined, '审计锚点.json'),
};
