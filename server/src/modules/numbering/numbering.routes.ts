import { z } from 'zod';
import { can } from '../../core/authz/actor.js';
import { sendTracedXlsx } from '../../core/documents/export-trace.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import {
  listRegister,
  listTemplates,
  issueForRegister,
  saveTemplate,
} from './numbering.service.js';
import { registerExport } from './register-export.js';
import { attachToRegister } from './register-attachments.js';
import {
  attachBody,
  idParam,
  issueBody,
  issuedNumber,
  kindParam,
  registerPage,
  registerQuery,
  templateBody,
  templateItem,
} from './numbering.schema.js';
import { attachmentSchema } from '../../core/files/attachment.schema.js';

const tags = ['文号与发文登记'];

export const numberingRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/numbering/templates',
    {
      schema: {
        tags,
        summary: '本辖区的文号模板及本年度下一个文号',
        response: {
          200: z.object({
            items: z.array(templateItem),
            abilities: z.object({ manage: z.boolean(), issue: z.boolean() }),
          }),
        },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      return {
        items: await listTemplates(deps, ctx),
        abilities: {
          manage: can(ctx.actor, 'numbering.manage'),
          issue: can(ctx.actor, 'numbering.issue'),
        },
      };
    },
  );

  api.put(
    '/numbering/templates/:kind',
    {
      schema: {
        tags,
        summary: '设置某类文件的文号模板（依据 GB/T 9704-2012 第7.2.5条）',
        params: z.object({ kind: kindParam }),
        body: templateBody,
        response: { 200: templateItem },
      },
    },
    async (req) => saveTemplate(deps, contextOf(req), req.params.kind, req.body),
  );

  api.post(
    '/numbering/issue',
    {
      schema: {
        tags,
        summary: '取文号并登记（发文登记）',
        body: issueBody,
        response: { 201: issuedNumber },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await issueForRegister(deps, contextOf(req), req.body)),
  );

  api.get(
    '/numbering/register',
    {
      schema: {
        tags,
        summary: '发文登记簿（format=xlsx 按当前条件导出 Excel）',
        querystring: registerQuery,
        response: { 200: registerPage },
      },
    },
    async (req, reply) => {
      const { format, kind, year, q, page, pageSize } = req.query;
      if (format === 'xlsx') {
        const ctx = contextOf(req);
        return sendTracedXlsx(
          deps,
          ctx,
          reply,
          await registerExport(deps, ctx, { kind, year, q }),
          {
            action: 'numbering.register.exported',
            what: '发文登记簿',
            filter: { kind, year, q },
          },
        );
      }
      return listRegister(deps, contextOf(req), { kind, year, q, page, pageSize });
    },
  );

  api.post(
    '/numbering/register/:id/attachment',
    {
      schema: {
        tags,
        summary: '为发文登记关联附件（如签发稿扫描件）',
        params: idParam,
        body: attachBody,
        response: { 201: attachmentSchema.extend({ sm3: z.string() }) },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await attachToRegister(deps, contextOf(req), req.params.id, req.body.fileId)),
  );
};
