import { z } from 'zod';
import { sendXlsx } from '../../../core/documents/xlsx-export.js';
import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { addCleanup, cleanupRows, listCleanups, type CleanupRow } from './cleanup.service.js';
import {
  cleanupBody,
  cleanupListQuery,
  concludeFcrBody,
  createFcrBody,
  fcrListQuery,
  fcrParams,
  updateFcrBody,
} from './fcr.schema.js';
import {
  concludeFcr,
  createFcr,
  fcrRows,
  getFcr,
  listFcr,
  updateFcr,
  type FcrRow,
} from './fcr.service.js';
import { readWithin } from '../../orgs/orgs.public.js';

const tags = ['公平竞争审查'];
const any = { 200: z.record(z.string(), z.unknown()) };

/** 公平竞争审查 records (checklist, exceptions, written conclusion) and the 存量清理 ledger. */
export const fcrRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/review/fcr',
    {
      schema: {
        tags,
        summary: '公平竞争审查记录（format=xlsx 导出）',
        querystring: fcrListQuery,
        response: any,
      },
    },
    async (req, reply) => {
      const { format, page, pageSize, orgId, ...f } = req.query;
      const ctx = await readWithin(deps.db.kysely, contextOf(req), orgId);
      if (format === 'xlsx') {
        return sendXlsx<FcrRow>(reply, {
          filename: '公平竞争审查台账.xlsx',
          sheetName: '公平竞争审查',
          rows: fcrRows(deps, ctx, f),
          columns: [
            { header: '政策措施', key: 'title', width: 40 },
            { header: '起草单位', key: 'draftingUnit', width: 18 },
            { header: '状态', key: 'stateLabel', width: 12 },
            { header: '审查结论', key: 'outcomeLabel', width: 28 },
            { header: '结论日期', key: 'concludedOn', width: 12 },
            { header: '自动提示数', key: 'flagCount', width: 10 },
          ],
        });
      }
      return listFcr(deps, ctx, { ...f, page, pageSize });
    },
  );

  api.post(
    '/review/fcr',
    {
      schema: {
        tags,
        summary: '新建公平竞争审查记录（自动标注可能排除、限制竞争的表述）',
        body: createFcrBody,
        response: { 201: z.record(z.string(), z.unknown()) },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      return reply.status(201).send(await getFcr(deps, ctx, await createFcr(deps, ctx, req.body)));
    },
  );

  api.get(
    '/review/fcr/:id',
    {
      schema: {
        tags,
        summary: '公平竞争审查记录详情（含审查标准清单与例外情形）',
        params: fcrParams,
        response: any,
      },
    },
    async (req) => getFcr(deps, contextOf(req), req.params.id),
  );

  api.patch(
    '/review/fcr/:id',
    {
      schema: {
        tags,
        summary: '逐项判断审查标准、填写例外情形和听取意见情况',
        params: fcrParams,
        body: updateFcrBody,
        response: any,
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await updateFcr(deps, ctx, req.params.id, req.body);
      return getFcr(deps, ctx, req.params.id);
    },
  );

  api.post(
    '/review/fcr/:id/conclude',
    {
      schema: {
        tags,
        summary: '作出书面审查结论（第十七条）',
        params: fcrParams,
        body: concludeFcrBody,
        response: any,
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await concludeFcr(deps, ctx, req.params.id, req.body);
      return getFcr(deps, ctx, req.params.id);
    },
  );

  api.get(
    '/review/fcr-cleanups',
    {
      schema: {
        tags,
        summary: '存量清理台账（继续有效、修订、废止；format=xlsx 导出）',
        querystring: cleanupListQuery,
        response: any,
      },
    },
    async (req, reply) => {
      const { format, page, pageSize, orgId, ...f } = req.query;
      const ctx = await readWithin(deps.db.kysely, contextOf(req), orgId);
      if (format === 'xlsx') {
        return sendXlsx<CleanupRow>(reply, {
          filename: '存量政策措施清理台账.xlsx',
          sheetName: '存量清理',
          rows: cleanupRows(deps, ctx, f),
          columns: [
            { header: '文件名称', key: 'docTitle', width: 40 },
            { header: '文号', key: 'docNumber', width: 18 },
            { header: '印发日期', key: 'issuedOn', width: 12 },
            { header: '清理结果', key: 'outcomeLabel', width: 10 },
            { header: '理由', key: 'reason', width: 40 },
            { header: '清理日期', key: 'reviewedOn', width: 12 },
            { header: '清理批次', key: 'campaign', width: 30 },
          ],
        });
      }
      return listCleanups(deps, ctx, { ...f, page, pageSize });
    },
  );

  api.post(
    '/review/fcr-cleanups',
    {
      schema: {
        tags,
        summary: '登记一份存量文件的清理结果',
        body: cleanupBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send({ id: await addCleanup(deps, contextOf(req), req.body) }),
  );
};
