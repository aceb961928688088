import { z } from 'zod';
import { can } from '../../core/authz/actor.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { KIND_LABELS } from './org-kinds.js';
import { createOrg, orgTree, updateOrg } from './org.service.js';
import { patchBody } from '../../core/http/patch-body.js';

const tags = ['机构'];
const kind = z.enum([
  'province',
  'city',
  'county',
  'town',
  'village',
  'community',
  'unit',
  'external',
]);
const orgOut = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string().describe('12 位统计用区划代码；内设机构为“上级代码-序号”'),
  name: z.string(),
  kind,
  kindLabel: z.string(),
  depth: z.number(),
  active: z.boolean(),
});
const present = (o: {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: z.infer<typeof kind>;
  depth: number;
  active: number;
}) => ({
  id: o.id,
  parentId: o.parentId,
  code: o.code,
  name: o.name,
  kind: o.kind,
  kindLabel: KIND_LABELS[o.kind],
  depth: o.depth,
  active: o.active === 1,
});

export const orgRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/orgs',
    {
      schema: {
        tags,
        summary: '本辖区机构（扁平列表，按层级排序，前端组装为树）',
        response: {
          200: z.object({ items: z.array(orgOut), abilities: z.object({ create: z.boolean() }) }),
        },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      const rows = await orgTree(deps, ctx);
      return { items: rows.map(present), abilities: { create: can(ctx.actor, 'org.manage') } };
    },
  );

  api.post(
    '/orgs',
    {
      schema: {
        tags,
        summary: '新建机构（内设机构、外部机构、村社区）',
        body: z
          .object({
            parentId: z.string().uuid('上级机构编号格式有误'),
            name: z.string().trim().min(2, '机构名称至少 2 个字').max(60),
            kind: z.enum(['unit', 'external', 'village', 'community', 'town', 'county', 'city']),
            code: z
              .string()
              .trim()
              .regex(/^[0-9A-Za-z-]{2,40}$/, '机构代码只能包含数字、字母和连字符')
              .optional(),
          })
          .strict(),
        response: { 201: orgOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(present(await createOrg(deps, contextOf(req), req.body))),
  );

  api.patch(
    '/orgs/:id',
    {
      schema: {
        tags,
        summary: '修改机构名称、启停用、排序',
        params: z.object({ id: z.string().uuid('机构编号格式有误') }),
        body: patchBody(
          z
            .object({
              name: z.string().trim().min(2).max(60).optional(),
              active: z.boolean().optional(),
              sortOrder: z.number().int().min(0).max(9999).optional(),
            })
            .strict(),
        ),
        response: { 200: orgOut },
      },
    },
    async (req) => present(await updateOrg(deps, contextOf(req), req.params.id, req.body)),
  );
};
