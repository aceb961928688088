import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { today, type Deps } from '../../../core/deps.js';
import {
  parseXlsx,
  xlsxTemplate,
  type ImportColumn,
  type ImportError,
} from '../../../core/documents/xlsx-import.js';
import { badRequest } from '../../../core/errors.js';
import { mutation } from '../../../core/mutation.js';
import type { OpinionConclusion } from '../review.enums.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import { pageTown } from '../../orgs/orgs.public.js';
import { settingsOf } from '../settings/settings.service.js';
import { runEngineInPool } from '../work/prereview.js';
import { recordOfflineContracts, type OfflineContract } from './offline-record.js';

/** 三清一促: village contracts reviewed offline, imported from an XLSX sheet and pre-reviewed in one go. */

export const OFFLINE_CAMPAIGN = '三清一促专项行动线下村级合同审查';

const H = {
  village: '村（社区）',
  title: '合同名称',
  counterparty: '合同相对方',
  amountYuan: '合同金额（元）',
  startDate: '起始日期',
  endDate: '终止日期',
  isTemplate: '是否示范文本',
  text: '合同主要条款',
  reviewedOn: '审查日期',
  conclusion: '审查结论',
  summary: '主要问题及建议',
  reviewerName: '审查人',
} as const;

const COLUMNS: ImportColumn[] = [
  { header: H.village, key: 'village', required: true, example: '上林湖村', width: 14 },
  {
    header: H.title,
    key: 'title',
    required: true,
    example: '上林湖村村集体厂房租赁合同',
    width: 30,
  },
  {
    header: H.counterparty,
    key: 'counterparty',
    required: true,
    example: '慈溪市某某鞋业有限公司',
    width: 26,
  },
  { header: H.amountYuan, key: 'amountYuan', example: 86000, width: 14 },
  { header: H.startDate, key: 'startDate', example: '2024-01-01', width: 12 },
  { header: H.endDate, key: 'endDate', example: '2028-12-31', width: 12 },
  { header: H.isTemplate, key: 'isTemplate', example: '是', width: 12 },
  {
    header: H.text,
    key: 'text',
    required: true,
    example: '甲方将位于……的厂房出租给乙方使用，租期五年……',
    width: 60,
  },
  { header: H.reviewedOn, key: 'reviewedOn', required: true, example: '2024-06-18', width: 12 },
  {
    header: H.conclusion,
    key: 'conclusion',
    required: true,
    example: '原则同意，建议修改',
    width: 20,
  },
  { header: H.summary, key: 'summary', example: '建议补充争议解决条款', width: 40 },
  { header: H.reviewerName, key: 'reviewerName', required: true, example: '李法审', width: 10 },
];

const CONCLUSION_WORDS: [RegExp, OpinionConclusion][] = [
  [/^不合法/, 'unlawful'],
  [/重新报审|修改完善/, 'revise'],
  [/原则同意|建议修改/, 'lawful_with_suggestions'],
  [/^合法|无法律障碍|同意/, 'lawful'],
];

const yesNo = z
  .union([z.boolean(), z.enum(['是', '否'])])
  .transform((v) => v === true || v === '是');
const text = (label: string, max: number) =>
  z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 字`));

const row = z.object({
  village: text('村（社区）', 40),
  title: text('合同名称', 120),
  counterparty: text('合同相对方', 100),
  amountYuan: z
    .number({ error: '合同金额应为数字（元）' })
    .min(0, '合同金额不能为负数')
    .max(1e11)
    .optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  isTemplate: yesNo.optional(),
  text: text('合同主要条款', 50_000),
  reviewedOn: isoDate,
  conclusion: z.string().transform((v, ctx) => {
    const hit = CONCLUSION_WORDS.find(([re]) => re.test(v.trim()));
    if (!hit)
      ctx.addIssue({
        code: 'custom',
        message: '审查结论应为：合法、原则同意建议修改、修改完善后重新报审、不合法',
      });
    return hit?.[1] ?? 'lawful';
  }),
  summary: z.string().trim().max(2000).optional(),
  reviewerName: text('审查人', 20),
});

export const offlineImportTemplate = () =>
  xlsxTemplate('线下村级合同审查', COLUMNS, [
    '每行一份线下审查的村级合同；“村（社区）”填名称或12位统计代码。',
    '“合同主要条款”用于智能预审，可粘贴合同全文或主要条款。',
    '任何一行有误，整个文件都不会导入，并逐行列出问题。',
  ]);

/** Validates every row (village in scope, dates), writes nothing if any is wrong, then records and pre-reviews all. */
export async function importOfflineContracts(deps: Deps, ctx: RequestContext, file: Buffer) {
  const actor = authorize(ctx, 'review.ledger.import');
  const { wellFormed, errors } = await parseXlsx(file, {
    columns: COLUMNS,
    schema: row,
    maxRows: 5000,
  });
  const villages = await deps.db.kysely
    .selectFrom('orgs')
    .select(['id', 'name', 'code'])
    .where('path', 'like', `${actor.scopePath}%`)
    .where('kind', 'in', ['village', 'community'])
    .execute();
  const day = today(deps);
  const add = (r: number, column: string | null, message: string) =>
    errors.push({ row: r, column, message } satisfies ImportError);
  const contracts: OfflineContract[] = [];
  for (const { row: r, value: v } of wellFormed) {
    const village = villages.find((o) => o.name === v.village || o.code === v.village);
    if (!village) add(r, H.village, `“${v.village}”不是您管辖范围内的村（社区）`);
    if (v.reviewedOn > day) add(r, H.reviewedOn, '审查日期不能晚于今天');
    if (v.startDate && v.endDate && v.endDate < v.startDate)
      add(r, H.endDate, '终止日期早于起始日期');
    if (!village) continue;
    contracts.push({
      orgId: village.id,
      orgName: village.name,
      title: v.title,
      text: v.text,
      fields: {
        counterparty: v.counterparty,
        ...(v.amountYuan !== undefined ? { amountFen: Math.round(v.amountYuan * 100) } : {}),
        startDate: v.startDate,
        endDate: v.endDate,
        isTemplate: v.isTemplate ?? false,
        collectiveAsset: true,
      },
      reviewedOn: v.reviewedOn,
      conclusion: v.conclusion,
      summary: v.summary ?? '',
      reviewerName: v.reviewerName,
      row: r,
    });
  }
  if (errors.length) {
    errors.sort((a, b) => a.row - b.row);
    throw badRequest(
      `导入文件有 ${errors.length} 处问题，未导入任何合同`,
      { errors },
      'IMPORT_INVALID',
    );
  }
  if (!contracts.length)
    throw badRequest('导入文件中没有合同数据', { errors: [] }, 'IMPORT_INVALID');
  const townId = (await pageTown(deps.db.kysely, actor, undefined, '线下审查记录按乡镇导入')).id;
  const settings = await settingsOf(deps.db.kysely, townId);
  const engine = {
    tradingThresholdFen: settings.tradingThresholdFen,
    calendar: await loadCalendar(deps.db.kysely),
  };
  // 智能预审 in the engine's worker pool before the transaction opens; the transaction only writes.
  const hits = await Promise.all(
    contracts.map((c) =>
      runEngineInPool(deps, 'village_contract', false, c.text, c.fields, engine),
    ),
  );
  contracts.forEach((c, i) => (c.hits = hits[i]));
  return mutation(deps, ctx, (m) =>
    recordOfflineContracts(
      m,
      {
        townId,
        by: { userId: actor.userId, name: actor.displayName },
        campaign: OFFLINE_CAMPAIGN,
        engine,
      },
      contracts,
    ),
  );
}
