import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../../core/authz/actor.js';
import { today, type Deps } from '../../../core/deps.js';
import { sendTracedXlsx } from '../../../core/documents/export-trace.js';
import type { ListQuery } from '../items/item.schema.js';
import { ledgerRows, type LedgerRow } from './ledger.service.js';

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

/** 合法性审查台账 as XLSX, streamed with the list's current filters (16 columns: every cell costs time at 100 k rows). */
export function sendLedgerExport(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  filter: Omit<ListQuery, 'page' | 'pageSize' | 'format'>,
) {
  // Reviewers' names and contract counterparties (often people): the export is traced.
  return sendTracedXlsx<LedgerRow>(
    deps,
    ctx,
    reply,
    {
      filename: `合法性审查台账-${today(deps)}.xlsx`,
      sheetName: '合法性审查台账',
      rows: ledgerRows(deps, ctx, filter),
      columns: [
        { header: '事项名称', key: 'title', width: 40 },
        { header: '类型', key: 'typeLabel', width: 16 },
        { header: '送审单位', key: 'org', width: 18, format: (r) => r.org.name },
        { header: '审查方式', key: 'channelLabel', width: 14 },
        { header: '状态', key: 'stateLabel', width: 14 },
        { header: '受理日期', key: 'acceptedOn', width: 12 },
        {
          header: '审查期限届满日',
          key: 'due',
          width: 14,
          format: (r) => r.clock?.dueDate ?? null,
        },
        { header: '意见书文号', key: 'docNumber', width: 20 },
        { header: '出具日期', key: 'opinionIssuedOn', width: 12 },
        { header: '是否按期', key: 'timeliness', width: 16, format: (r) => r.timeliness.label },
        { header: '审查结论', key: 'conclusionLabel', width: 20 },
        { header: '审查人', key: 'reviewerName', width: 10 },
        { header: '合同相对方', key: 'counterparty', width: 24 },
        {
          header: '合同金额（元）',
          key: 'amount',
          width: 14,
          numFmt: '#,##0.00',
          format: (r) => yuan(r.amountFen),
        },
        { header: '决定日期', key: 'decidedOn', width: 12 },
        { header: '备案日期', key: 'filedOn', width: 12 },
      ],
    },
    { action: 'review.ledger.exported', what: '合法性审查台账', filter },
  );
}
