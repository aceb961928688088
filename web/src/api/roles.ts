import { api } from './client';

export interface RoleItem {
  key: string;
  name: string;
  description: string;
  isAdmin: boolean;
  permissions: { key: string; label: string }[];
}

export const rolesApi = {
  list: () => api.get<{ items: RoleItem[] }>('/roles'),
};
