import { api, download, type Query } from './client';
import type { Reply, RequestBody } from './types';

type UserList = Reply<'/api/v1/users'>;
type UserDetail = Reply<'/api/v1/users/{id}'>;

export type UserItem = UserList['items'][number];
export type UserAbilities = UserDetail['abilities'];

export interface UserFilters {
  q?: string;
  orgId?: string;
  role?: string;
  status?: 'active' | 'disabled' | 'locked';
  page: number;
  pageSize: number;
}

export const usersApi = {
  list: (f: UserFilters) => api.get<UserList>('/users', f as unknown as Query),
  exportXlsx: (f: UserFilters) =>
    download(
      '/users',
      { ...(f as unknown as Query), format: 'xlsx', page: undefined, pageSize: undefined },
      '账号列表.xlsx',
    ),
  get: (id: string) => api.get<UserDetail>(`/users/${id}`),
  create: (input: RequestBody<'/api/v1/users', 'post'>) =>
    api.post<Reply<'/api/v1/users', 'post'>>('/users', input),
  update: (id: string, patch: RequestBody<'/api/v1/users/{id}', 'patch'>) =>
    api.patch<Reply<'/api/v1/users/{id}', 'patch'>>(`/users/${id}`, patch),
  resetPassword: (id: string, newPassword: string) =>
    api.post<void>(`/users/${id}/reset-password`, { newPassword }),
  unlock: (id: string) => api.post<void>(`/users/${id}/unlock`),
  setRoles: (id: string, roles: string[]) =>
    api.put<Reply<'/api/v1/users/{id}/roles', 'put'>>(`/users/${id}/roles`, { roles }),
  pii: (id: string) => api.get<Reply<'/api/v1/users/{id}/pii'>>(`/users/${id}/pii`),
  revokeSessions: (id: string) =>
    api.post<Reply<'/api/v1/users/{id}/revoke-sessions', 'post'>>(`/users/${id}/revoke-sessions`),
  resetTotp: (id: string) => api.post<unknown>(`/users/${id}/reset-totp`),
  importXlsx: (file: File) =>
    api.upload<Reply<'/api/v1/users/import', 'post'>>('/users/import', file),
  template: () => download('/users/import/template', undefined, '账号导入模板.xlsx'),
};
