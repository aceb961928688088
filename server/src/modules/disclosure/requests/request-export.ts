import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { sendTracedXlsx } from '../../../core/documents/export-trace.js';
import { today } from '../../../core/deps.js';
import { streamRequests, type RequestFilter } from './request-read.service.js';

type Row = Awaited<ReturnType<typeof streamRequests> extends AsyncGenerator<infer R> ? R : never>;

/**
 * 政府信息公开申请登记台账 (《政府信息公开条例》第四十五条) with the queue's filters; no ID numbers or
 * phones, but applicants' names: the export is traced (export-trace.ts).
 */
export function sendRequestLedger(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  filter: RequestFilter,
) {
  return sendTracedXlsx<Row>(
    deps,
    ctx,
    reply,
    {
      filename: `政府信息公开申请登记台账-${today(deps)}.xlsx`,
      sheetName: '依申请公开台账',
      rows: streamRequests(deps, ctx, filter),
      columns: [
        { header: '查询码', key: 'trackingCode', width: 18 },
        { header: '申请人', key: 'applicantName', width: 20 },
        { header: '申请人类型', key: 'applicantKindLabel', width: 14 },
        { header: '收件渠道', key: 'channelLabel', width: 14 },
        { header: '所需信息', key: 'description', width: 50 },
        { header: '收到申请之日', key: 'receivedOn', width: 14 },
        { header: '答复期限', key: 'replyDueOn', width: 14 },
        { header: '期限状态', key: 'clockStatusLabel', width: 10 },
        { header: '办理状态', key: 'stateLabel', width: 14 },
        { header: '办理结果', key: 'outcomeLabel', width: 30 },
        { header: '答复日期', key: 'outcomeOn', width: 14 },
        { header: '答复文号', key: 'replyNumber', width: 20 },
      ],
    },
    { action: 'disclosure.request.ledger_exported', what: '政府信息公开申请登记台账', filter },
  );
}
