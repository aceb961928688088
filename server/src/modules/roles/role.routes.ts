import { PERMISSIONS, ROLE_KEYS, ROLES, type Permission } from '@fazhi/shared';
import { z } from 'zod';
import { authorize } from '../../core/authz/authorize.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';

const roleOut = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  isAdmin: z.boolean(),
  permissions: z.array(z.object({ key: z.string(), label: z.string() })),
});

/** The built-in roles and what each grants, as the database holds them now. */
export const roleRoutes: RoutesPlugin = (api, deps) => {
  api.get('/roles', { schema: { tags: ['账号'], summary: '角色及其权限', response: { 200: z.object({ items: z.array(roleOut) }) } } }, async (req) => {
    authorize(contextOf(req), 'role.read');
    const grants = await deps.db.kysely.selectFrom('rolePermissions').select(['roleKey', 'permission']).orderBy('permission').execute();
    return {
      items: ROLE_KEYS.map((key) => ({
        key,
        name: ROLES[key].name,
        description: ROLES[key].description,
        isAdmin: ROLES[key].admin,
        permissions: grants.filter((g) => g.roleKey === key).map((g) => ({ key: g.permission, label: PERMISSIONS[g.permission as Permission] ?? g.permission })),
      })),
    };
  });
};
