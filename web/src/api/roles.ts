import { api } from './client';
import type { Reply } from './types';

type RoleList = Reply<'/api/v1/roles'>;

export type RoleItem = RoleList['items'][number];
/** Whether people holding the role must use a second factor (动态口令); 三员 always. */
type RoleMfa = Reply<'/api/v1/roles/{key}/mfa', 'put'>;

export const rolesApi = {
  list: () => api.get<RoleList>('/roles'),
  setMfa: (key: string, required: boolean) => api.put<RoleMfa>(`/roles/${key}/mfa`, { required }),
};
