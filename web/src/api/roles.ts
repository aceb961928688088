import { api } from './client';

export interface RoleItem {
  key: string;
  name: string;
  description: string;
  isAdmin: boolean;
  /** Whether people holding the role must use a second factor (动态口令); 三员 always. */
  mfa: RoleMfa;
  permissions: { key: string; label: string }[];
}

export interface RoleMfa {
  required: boolean;
  source: 'default' | 'setting';
  locked: boolean;
}

export const rolesApi = {
  list: () => api.get<{ items: RoleItem[] }>('/roles'),
  setMfa: (key: string, required: boolean) => api.put<RoleMfa>(`/roles/${key}/mfa`, { required }),
};
