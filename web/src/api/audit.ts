import { api, download, type Query } from './client';

export interface AuditEvent {
  id: string;
  chainId: string;
  seq: number;
  at: string;
  actorName: string | null;
  ip: string | null;
  orgName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  changes: Record<string, unknown> | null;
  basis: string | null;
  meta: Record<string, unknown> | null;
}

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

export interface ChainCheck {
  chainId: string;
  name: string;
  events: number;
  ok: boolean;
  /** Events hashed without the key (written before chains were keyed); they lead the chain. */
  unkeyedEvents: number;
  /** No event of the chain is keyed: 未加密钥保护. */
  unprotected: boolean;
  break: { eventId: string | null; seq: number; problem: string; message: string } | null;
}

export interface VerifyResult {
  ok: boolean;
  checkedAt: string;
  chains: ChainCheck[];
}

export const auditApi = {
  events: (f: AuditFilters) =>
    api.get<{ items: AuditEvent[]; total: number; page: number; pageSize: number }>(
      '/audit/events',
      f as unknown as Query,
    ),
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
