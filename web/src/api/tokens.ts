import { api } from './client';

export interface TokenItem {
  id: string;
  name: string;
  tokenPrefix: string;
  org: { id: string; name: string };
  permissions: string[];
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export const tokensApi = {
  list: () => api.get<{ items: TokenItem[] }>('/tokens'),
  create: (input: { name: string; permissions: string[]; expiresAt?: string }) =>
    api.post<{ id: string; token: string }>('/tokens', input),
  revoke: (id: string) => api.post<unknown>(`/tokens/${id}/revoke`),
};
