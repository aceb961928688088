import { authorize } from '../../../core/authz/authorize.js';
import { sendXlsx, XLSX_MIME } from '../../../core/documents/xlsx-export.js';
import { today } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { sendDownload } from '../../../core/http/download.js';
import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { z } from 'zod';
import { reviewDashboard } from './dashboard.service.js';
import { filingRows, listFilings, type FilingRow } from './filings.service.js';
import { importOfflineContracts, offlineImportTemplate } from './import.service.js';
import {
  dashboardQuery,
  dashboardResponse,
  filingRow,
  filingsQuery,
  importResponse,
  statsQuery,
  statsResponse,
} from './ledger.schema.js';
import { reviewStats } from './stats.service.js';
import { readWithin } from '../../orgs/orgs.public.js';

const tags = ['合法性审查台账'];

/** Statistics, the dashboard, the filing register and the offline-contract import. */
export const ledgerRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/review/stats',
    {
      schema: {
        tags,
        summary: '年度审查统计（按记录实时计算）',
        querystring: statsQuery,
        response: { 200: statsResponse },
      },
    },
    async (req) =>
      reviewStats(
        deps,
        await readWithin(deps.db.kysely, contextOf(req), req.query.orgId),
        req.query.year,
      ),
  );

  api.get(
    '/review/dashboard',
    {
      schema: {
        tags,
        summary: '审查看板：各状态数量与全部未办结期限（红黄绿）',
        querystring: dashboardQuery,
        response: { 200: dashboardResponse },
      },
    },
    async (req) =>
      reviewDashboard(deps, await readWithin(deps.db.kysely, contextOf(req), req.query.orgId)),
  );

  api.get(
    '/review/filings',
    {
      schema: {
        tags,
        summary: '备案登记（format=xlsx 导出）',
        querystring: filingsQuery,
        response: {
          200: z.object({
            items: z.array(filingRow),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (req, reply) => {
      const { format, page, pageSize, orgId, ...filter } = req.query;
      const ctx = await readWithin(deps.db.kysely, contextOf(req), orgId);
      if (format === 'xlsx') {
        return sendXlsx<FilingRow>(reply, {
          filename: `备案登记-${today(deps)}.xlsx`,
          sheetName: '备案登记',
          rows: filingRows(deps, ctx, filter),
          columns: [
            { header: '事项名称', key: 'title', width: 40 },
            { header: '类型', key: 'typeLabel', width: 16 },
            { header: '乡镇', key: 'townName', width: 12 },
            { header: '送审单位', key: 'orgName', width: 16 },
            { header: '决定日期', key: 'decidedOn', width: 12 },
            { header: '备案机关', key: 'targetOrgName', width: 24 },
            { header: '备案日期', key: 'filedOn', width: 12 },
            { header: '备案期限', key: 'dueDate', width: 12 },
            {
              header: '是否按期',
              key: 'onTime',
              width: 10,
              format: (r) => (r.onTime === null ? '—' : r.onTime ? '按期' : '逾期'),
            },
            { header: '备案文本', key: 'fileName', width: 30 },
          ],
        });
      }
      return listFilings(deps, ctx, { ...filter, page, pageSize });
    },
  );

  api.get(
    '/review/import/template',
    { schema: { tags, summary: '下载线下村级合同导入模板（XLSX）' } },
    async (req, reply) => {
      authorize(contextOf(req), 'review.ledger.import');
      return sendDownload(reply, {
        name: '线下村级合同审查导入模板.xlsx',
        mime: XLSX_MIME,
        body: await offlineImportTemplate(),
      });
    },
  );

  api.post(
    '/review/import',
    {
      schema: {
        tags,
        summary: '批量导入线下审查的村级合同并逐份智能预审（任一行有误则全部不导入）',
        consumes: ['multipart/form-data'],
        response: { 201: importResponse },
      },
    },
    async (req, reply) => {
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw badRequest('请在表单字段 file 中选择 XLSX 文件');
      return reply
        .status(201)
        .send(await importOfflineContracts(deps, contextOf(req), await part.toBuffer()));
    },
  );
};
