import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../../core/authz/actor.js';
import { today, type Deps } from '../../../core/deps.js';
import { sendXlsx } from '../../../core/documents/xlsx-export.js';
import { streamItems, type ListFilter } from './item.service.js';

type Row = Awaited<ReturnType<typeof streamItems> extends AsyncGenerator<infer R> ? R : never>;

/** 政府信息公开目录 (art 12 ¶3: 索引、名称、内容概述、生成日期) with the Zhejiang fields, as XLSX. */
export function sendCatalogueExport(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  filter: ListFilter,
) {
  return sendXlsx<Row>(reply, {
    filename: `政府信息公开目录-${today(deps)}.xlsx`,
    sheetName: '公开目录',
    rows: streamItems(deps, ctx, filter),
    columns: [
      { header: '索引号', key: 'indexNo', width: 26 },
      { header: '名称', key: 'title', width: 40 },
      { header: '内容概述', key: 'summary', width: 50 },
      { header: '生成日期', key: 'createdOn', width: 12 },
      { header: '公开类别', key: 'categoryLabel', width: 16 },
      { header: '条例依据', key: 'categoryArticle', width: 20 },
      { header: '信息类型', key: 'kindLabel', width: 10 },
      { header: '发布机构', key: 'publisherName', width: 24 },
      { header: '文号', key: 'docNumber', width: 20 },
      { header: '组配分类', key: 'groupClass', width: 12 },
      { header: '公开方式', key: 'publishModeLabel', width: 14 },
      { header: '状态', key: 'statusLabel', width: 12 },
      { header: '公开日期', key: 'publishedOn', width: 12 },
      { header: '公开期限', key: 'due', width: 12, format: (r) => r.clock?.dueDate ?? null },
      {
        header: '期限状态',
        key: 'clockStatus',
        width: 10,
        format: (r) =>
          r.clock ? (r.clock.inTime === false ? '超期公开' : r.clock.statusLabel) : null,
      },
      { header: '废止日期', key: 'abolishedOn', width: 12 },
    ],
  });
}
