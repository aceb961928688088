import { api } from './client';
import type { Reply, RequestBody } from './types';

type TokenList = Reply<'/api/v1/tokens'>;

export type TokenItem = TokenList['items'][number];

export const tokensApi = {
  list: () => api.get<TokenList>('/tokens'),
  create: (input: RequestBody<'/api/v1/tokens', 'post'>) =>
    api.post<Reply<'/api/v1/tokens', 'post'>>('/tokens', input),
  revoke: (id: string) => api.post<unknown>(`/tokens/${id}/revoke`),
};
