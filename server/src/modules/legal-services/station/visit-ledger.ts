import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { today, type Deps } from '../../../core/deps.js';
import { sendTracedXlsx } from '../../../core/documents/export-trace.js';
import { inPages } from '../../../core/documents/row-pages.js';
import { readWithin } from '../../orgs/orgs.public.js';
import { presentVisit, visitQuery, type VisitFilter } from './visits.service.js';

// tenancy: rows come from visitQuery(), which starts from scoped()

type Row = ReturnType<typeof presentVisit> & { ratingText: string };

/** 服务登记台账 (XLSX): the filtered log as on screen, names masked above the town; the export is traced. */
export async function sendVisitLedger(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  f: VisitFilter,
) {
  authorize(ctx, 'legal_services.station.read');
  const within = await readWithin(deps.db.kysely, ctx, f.orgId);
  const base = visitQuery(deps.db.kysely, within.actor!, f)
    .orderBy('servedOn', 'desc')
    .orderBy('id', 'desc');
  return sendTracedXlsx<Row>(
    deps,
    ctx,
    reply,
    {
      filename: `公共法律服务站服务登记台账-${today(deps)}.xlsx`,
      sheetName: '服务登记',
      rows: inPages(async (offset, limit) =>
        (await base.limit(limit).offset(offset).execute()).map((r) => ({
          ...presentVisit(r, ctx.actor!),
          ratingText: r.rating === null ? '' : `${r.rating} 星`,
        })),
      ),
      columns: [
        { header: '服务日期', key: 'servedOn', width: 12 },
        { header: '窗口类别', key: 'serviceKindLabel', width: 10 },
        { header: '来访方式', key: 'channelLabel', width: 10 },
        { header: '来访人', key: 'visitorName', width: 10 },
        { header: '联系电话', key: 'visitorPhone', width: 14 },
        { header: '村（社区）', key: 'village', width: 12 },
        { header: '事项', key: 'topic', width: 30 },
        { header: '服务情况', key: 'summary', width: 30 },
        { header: '办理结果', key: 'outcomeLabel', width: 16 },
        { header: '转介去向', key: 'referral', width: 20 },
        { header: '经办人', key: 'handlerName', width: 10 },
        { header: '满意度', key: 'ratingText', width: 8 },
      ],
    },
    {
      action: 'legal_services.visit.ledger_exported',
      what: '公共法律服务站服务登记台账',
      filter: f,
    },
  );
}
