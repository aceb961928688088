import { api, download, type Query } from './client';

export type UserStatus = 'active' | 'disabled';

export interface UserItem {
  id: string;
  username: string;
  displayName: string;
  org: { id: string; name: string };
  roles: { key: string; name: string }[];
  phoneMasked: string | null;
  status: UserStatus;
  locked: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  lastLoginAt: string | null;
  isDemo: boolean;
}

export interface UserAbilities {
  update: boolean;
  disable: boolean;
  resetPassword: boolean;
  unlock: boolean;
  assignRoles: boolean;
  readPii: boolean;
  revokeSessions: boolean;
  resetTotp: boolean;
}

export interface UserFilters {
  q?: string;
  orgId?: string;
  role?: string;
  status?: 'active' | 'disabled' | 'locked';
  page: number;
  pageSize: number;
}

export const usersApi = {
  list: (f: UserFilters) =>
    api.get<{
      items: UserItem[];
      total: number;
      page: number;
      pageSize: number;
      abilities: { create: boolean; import: boolean };
    }>('/users', f as unknown as Query),
  exportXlsx: (f: UserFilters) =>
    download(
      '/users',
      { ...(f as unknown as Query), format: 'xlsx', page: undefined, pageSize: undefined },
      '账号列表.xlsx',
    ),
  get: (id: string) => api.get<UserItem & { abilities: UserAbilities }>(`/users/${id}`),
  create: (input: {
    username: string;
    displayName: string;
    orgId: string;
    phone?: string;
    password: string;
  }) => api.post<UserItem & { abilities: UserAbilities }>('/users', input),
  update: (
    id: string,
    patch: { displayName?: string; orgId?: string; phone?: string | null; status?: UserStatus },
  ) => api.patch<UserItem & { abilities: UserAbilities }>(`/users/${id}`, patch),
  resetPassword: (id: string, newPassword: string) =>
    api.post<void>(`/users/${id}/reset-password`, { newPassword }),
  unlock: (id: string) => api.post<void>(`/users/${id}/unlock`),
  setRoles: (id: string, roles: string[]) =>
    api.put<UserItem & { abilities: UserAbilities }>(`/users/${id}/roles`, { roles }),
  pii: (id: string) => api.get<{ phone: string | null }>(`/users/${id}/pii`),
  revokeSessions: (id: string) => api.post<{ revoked: number }>(`/users/${id}/revoke-sessions`),
  resetTotp: (id: string) => api.post<unknown>(`/users/${id}/reset-totp`),
  importXlsx: (file: File) => api.upload<{ created: number }>('/users/import', file),
  template: () => download('/users/import/template', undefined, '账号导入模板.xlsx'),
};
