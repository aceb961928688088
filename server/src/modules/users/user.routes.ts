import { z } from 'zod';
import { can } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import {
  createUserBody,
  idParams,
  resetPasswordBody,
  rolesBody,
  updateUserBody,
  userAbilities,
  userItem,
  userListQuery,
} from './user.schema.js';
import { badRequest } from '../../core/errors.js';
import { XLSX_MIME } from '../../core/documents/xlsx-export.js';
import { sendDownload } from '../../core/http/download.js';
import { sendUserExport } from './user-export.js';
import { importUsers, userImportTemplate } from './user-import.service.js';
import {
  assignRoles,
  createUser,
  getUser,
  listUsers,
  readPii,
  resetPassword,
  resetTotp,
  revokeUserSessions,
  unlockUser,
  updateUser,
} from './user.service.js';
import { patchBody } from '../../core/http/patch-body.js';

const tags = ['账号'];
const detail = userItem.extend({ abilities: userAbilities });
const noContent = { 204: z.null() };

export const userRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/users',
    {
      schema: {
        tags,
        summary: '本辖区账号列表（可筛选、分页、导出）',
        querystring: userListQuery,
        response: {
          200: z.object({
            items: z.array(userItem),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
            abilities: z.object({ create: z.boolean(), import: z.boolean() }),
          }),
        },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      if (req.query.format === 'xlsx') {
        const { page: _p, pageSize: _s, format: _f, ...filter } = req.query;
        return sendUserExport(deps, ctx, reply, filter);
      }
      const page = await listUsers(deps, ctx, req.query);
      return {
        ...page,
        abilities: { create: can(ctx.actor, 'user.manage'), import: can(ctx.actor, 'user.manage') },
      };
    },
  );

  api.post(
    '/users',
    {
      schema: {
        tags,
        summary: '新建账号（初始密码，首次登录须修改）',
        body: createUserBody,
        response: { 201: detail },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const user = await createUser(deps, ctx, req.body);
      return reply.status(201).send(await getUser(deps, ctx, user.id));
    },
  );

  api.get(
    '/users/import/template',
    { schema: { tags, summary: '下载账号导入模板（XLSX）' } },
    async (req, reply) => {
      authorize(contextOf(req), 'user.manage');
      return sendDownload(reply, {
        name: '账号导入模板.xlsx',
        mime: XLSX_MIME,
        body: await userImportTemplate(),
      });
    },
  );

  api.post(
    '/users/import',
    {
      config: { uploadPermission: 'user.manage' },
      schema: {
        tags,
        summary: '从 XLSX 批量导入账号（任一行有误则全部不导入，并逐行报告）',
        consumes: ['multipart/form-data'],
        response: { 201: z.object({ created: z.number() }) },
      },
    },
    async (req, reply) => {
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw badRequest('请在表单字段 file 中选择 XLSX 文件');
      return reply.status(201).send(await importUsers(deps, contextOf(req), await part.toBuffer()));
    },
  );

  api.get(
    '/users/:id',
    { schema: { tags, summary: '账号详情', params: idParams, response: { 200: detail } } },
    async (req) => getUser(deps, contextOf(req), req.params.id),
  );

  api.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: '修改账号（姓名、机构、手机号、启停用）',
        params: idParams,
        body: patchBody(updateUserBody),
        response: { 200: detail },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await updateUser(deps, ctx, req.params.id, req.body);
      return getUser(deps, ctx, req.params.id);
    },
  );

  api.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: '重置密码（对方下次登录须修改）',
        params: idParams,
        body: resetPasswordBody,
        response: noContent,
      },
    },
    async (req, reply) => {
      await resetPassword(deps, contextOf(req), req.params.id, req.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/users/:id/unlock',
    { schema: { tags, summary: '解锁账号', params: idParams, response: noContent } },
    async (req, reply) => {
      await unlockUser(deps, contextOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/users/:id/roles',
    {
      schema: {
        tags,
        summary: '分配角色（安全管理员；不能为自己分配）',
        params: idParams,
        body: rolesBody,
        response: { 200: detail },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await assignRoles(deps, ctx, req.params.id, req.body.roles);
      return getUser(deps, ctx, req.params.id);
    },
  );

  api.get(
    '/users/:id/pii',
    {
      schema: {
        tags,
        summary: '查看完整个人信息（每次查看均记入审计日志）',
        params: idParams,
        response: { 200: z.object({ phone: z.string().nullable() }) },
      },
    },
    async (req) => readPii(deps, contextOf(req), req.params.id),
  );

  api.post(
    '/users/:id/revoke-sessions',
    {
      schema: {
        tags,
        summary: '强制该账号在所有设备下线',
        params: idParams,
        response: { 200: z.object({ revoked: z.number() }) },
      },
    },
    async (req) => ({ revoked: await revokeUserSessions(deps, contextOf(req), req.params.id) }),
  );

  api.post(
    '/users/:id/reset-totp',
    {
      schema: {
        tags,
        summary: '重置动态口令（须重新绑定）',
        params: idParams,
        response: noContent,
      },
    },
    async (req, reply) => {
      await resetTotp(deps, contextOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
};
