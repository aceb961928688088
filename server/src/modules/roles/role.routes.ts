import { PERMISSIONS, ROLE_KEYS, ROLES, type Permission } from '@fazhi/shared';
import { z } from 'zod';
import { authorize } from '../../core/authz/authorize.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { roleMfaRules } from './role-mfa.js';
import { setRoleMfa } from './role-mfa.service.js';

const roleOut = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  isAdmin: z.boolean(),
  mfa: z.object({
    required: z.boolean().describe('担任此角色的人员登录时须使用动态口令'),
    source: z
      .enum(['default', 'setting'])
      .describe('default 内置默认（三员及可批量查看个人信息的角色须使用）；setting 安全管理员设置'),
    locked: z.boolean().describe('三员角色始终须使用，不能关闭'),
  }),
  permissions: z.array(z.object({ key: z.string(), label: z.string() })),
});

/** The built-in roles and what each grants, as the database holds them now. */
export const roleRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/roles',
    {
      schema: {
        tags: ['账号'],
        summary: '角色及其权限',
        response: { 200: z.object({ items: z.array(roleOut) }) },
      },
    },
    async (req) => {
      authorize(contextOf(req), 'role.read');
      const [grants, mfa] = await Promise.all([
        deps.db.kysely
          .selectFrom('rolePermissions')
          .select(['roleKey', 'permission'])
          .orderBy('permission')
          .execute(),
        roleMfaRules(deps.db.kysely),
      ]);
      return {
        items: ROLE_KEYS.map((key) => ({
          key,
          name: ROLES[key].name,
          description: ROLES[key].description,
          isAdmin: ROLES[key].admin,
          mfa: mfa[key],
          permissions: grants
            .filter((g) => g.roleKey === key)
            .map((g) => ({
              key: g.permission,
              label: PERMISSIONS[g.permission as Permission] ?? g.permission,
            })),
        })),
      };
    },
  );

  api.put(
    '/roles/:key/mfa',
    {
      schema: {
        tags: ['账号'],
        summary: '设置某角色是否须使用动态口令（自下次登录起生效）',
        params: z.object({ key: z.string().max(40) }),
        body: z.object({ required: z.boolean() }).strict(),
        response: { 200: roleOut.shape.mfa },
      },
    },
    async (req) => setRoleMfa(deps, contextOf(req), req.params.key, req.body.required),
  );
};
