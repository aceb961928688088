import { z } from 'zod';
import { today } from '../../core/deps.js';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { anchorsOut, eventOut, eventQuery, verifyOut } from './audit.schema.js';
import { contentDisposition } from '../../core/files/content-disposition.js';
import { sendTracedXlsx } from '../../core/documents/export-trace.js';
import { exportAnchors, listEvents, streamEvents, verifyVisibleChains } from './audit.service.js';

const tags = ['审计'];

/** The trail is read-only through the API: there is no route that changes or removes an event. */
export const auditRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/audit/events',
    {
      schema: {
        tags,
        summary: '审计日志（审计管理员）；format=xlsx 按当前筛选条件导出',
        querystring: eventQuery,
        response: {
          200: z.object({
            items: z.array(eventOut),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      if (req.query.format !== 'xlsx') return listEvents(deps, ctx, req.query);
      const { page: _p, pageSize: _s, format: _f, ...filter } = req.query;
      const json = (v: unknown) => (v ? JSON.stringify(v) : '');
      // Taking the trail out of the system is itself traced: filters and row count.
      return sendTracedXlsx(
        deps,
        ctx,
        reply,
        {
          filename: `审计日志-${today(deps)}.xlsx`,
          sheetName: '审计日志',
          rows: await streamEvents(deps, ctx, filter),
          columns: [
            { header: '时间（UTC）', key: 'at', width: 26 },
            { header: '操作人', key: 'actorName', width: 16 },
            { header: '机构', key: 'orgName', width: 20 },
            { header: 'IP 地址', key: 'ip', width: 16 },
            { header: '动作', key: 'action', width: 28 },
            { header: '对象类型', key: 'targetType', width: 14 },
            { header: '对象编号', key: 'targetId', width: 38 },
            { header: '变更', key: 'changes', width: 50, format: (r) => json(r.changes) },
            { header: '法律依据', key: 'basis', width: 30 },
            { header: '其他', key: 'meta', width: 40, format: (r) => json(r.meta) },
            { header: '链', key: 'chainId', width: 38 },
            { header: '序号', key: 'seq', width: 8 },
          ],
        },
        { action: 'audit.events.exported', what: '审计日志', filter },
      );
    },
  );

  api.post(
    '/audit/verify',
    { schema: { tags, summary: '校验审计日志哈希链（HMAC-SM3）', response: { 200: verifyOut } } },
    async (req) => verifyVisibleChains(deps, contextOf(req)),
  );

  api.get(
    '/audit/anchors',
    {
      schema: {
        tags,
        summary:
          '下载锚点：各链链尾（序号、哈希、时间）的 SM2 签名清单，供在库外保存并以 audit verify --anchors 核对',
        response: { 200: anchorsOut },
      },
    },
    async (req, reply) => {
      const file = await exportAnchors(deps, contextOf(req));
      return reply
        .header(
          'Content-Disposition',
          contentDisposition(`审计锚点-${file.issuedAt.slice(0, 10)}.json`),
        )
        .send(file);
    },
  );
};
