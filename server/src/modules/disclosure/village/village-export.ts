import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { today, type Deps } from '../../../core/deps.js';
import { inPages } from '../../../core/documents/row-pages.js';
import { sendXlsx } from '../../../core/documents/xlsx-export.js';
import { presentVillageItem, villageItemQuery } from './village-item-read.service.js';

type Row = ReturnType<typeof presentVillageItem>;

/** The village items list with its filters, as XLSX (村务公开台账). */
export function sendVillageItemsExport(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  f: Parameters<typeof villageItemQuery>[2],
) {
  const actor = authorize(ctx, 'village_affairs.item.read');
  const base = villageItemQuery(deps.db.kysely, actor, f)
    .orderBy('villageAffairsItems.createdAt', 'desc')
    .orderBy('villageAffairsItems.id', 'desc');
  return sendXlsx<Row>(reply, {
    filename: `村务公开台账-${today(deps)}.xlsx`,
    sheetName: '三务公开',
    rows: inPages(async (offset, limit) =>
      (await base.limit(limit).offset(offset).execute()).map(presentVillageItem),
    ),
    columns: [
      { header: '村（社区）', key: 'village', width: 14, format: (r) => r.village.name },
      { header: '类别', key: 'categoryLabel', width: 8 },
      { header: '事项性质', key: 'matterKindLabel', width: 18 },
      { header: '公开事项', key: 'subjectLabel', width: 36 },
      { header: '期间', key: 'period', width: 10 },
      { header: '决定日期', key: 'occurredOn', width: 12 },
      { header: '标题', key: 'title', width: 36 },
      { header: '状态', key: 'statusLabel', width: 12 },
      { header: '公开日期', key: 'publishedOn', width: 12 },
      { header: '群治分编号', key: 'channelRef', width: 26 },
    ],
  });
}
