import { z } from 'zod';
import { drillDownQuery } from '../../../core/http/drill-down.js';
import { idsQuery } from '../../../core/http/selected-ids.js';
import { ITEM_TYPE_KEYS, STATE_KEYS, type ItemType, type State } from '../review.enums.js';
import { itemFieldsSchema } from '../review.fields.js';

/** Requests about an item itself (create, edit, materials, intake steps). */

const id = (what: string) => z.string().uuid(`${what}编号格式有误`);
export const idParams = z.object({ id: id('事项') }).strict();
export const materialParams = z.object({ id: id('事项'), materialId: id('材料') }).strict();

const text = z.string().max(200_000, '文本过长（最多 20 万字）');
const title = z.string().trim().min(4, '事项名称至少 4 个字').max(120, '事项名称最多 120 个字');

export const createItemBody = z
  .object({
    type: z.enum(ITEM_TYPE_KEYS as [ItemType, ...ItemType[]]).describe('事项类型'),
    title: title.describe('事项名称，如《桥头镇……（送审稿）》'),
    summary: z.string().trim().max(2000).optional().describe('事项简介'),
    orgId: id('机构').optional().describe('送审单位（科室或村）；默认为本人所在机构'),
    text: text.optional().describe('送审稿全文（与 docxFileId 二选一）'),
    docxFileId: id('附件')
      .optional()
      .describe('已上传的送审稿 Word 文档（.docx），系统提取全文用于智能预审'),
    fields: itemFieldsSchema.optional().describe('结构化要素：金额、期限、表决情况等'),
    affectsMarket: z
      .boolean()
      .optional()
      .describe('是否涉及市场主体经济活动（须开展公平竞争审查）'),
  })
  .strict();

export const updateItemBody = z
  .object({
    title: title.optional(),
    summary: z.string().trim().max(2000).nullable().optional(),
    text: text.optional().describe('仅草拟阶段可直接修改全文；退回后请在重新送审时提交修改稿'),
    fields: itemFieldsSchema.optional(),
    affectsMarket: z.boolean().optional(),
  })
  .strict();

export const addMaterialBody = z
  .object({
    key: z
      .string()
      .min(1)
      .max(40)
      .describe('材料清单中的项目，如 assembly_minutes；清单外的材料用 other'),
    fileId: id('附件').optional().describe('已上传的附件'),
    note: z.string().trim().max(500).optional().describe('无电子文件时的说明，如“纸质原件已核对”'),
  })
  .strict()
  .refine((b) => b.fileId || b.note, { message: '请上传附件或填写说明' });

export const returnBody = z
  .object({ reason: z.string().trim().min(2, '请填写退回理由').max(2000) })
  .strict();

export const resubmitBody = z
  .object({
    text: text.optional().describe('补正后的送审稿全文（如有修改）'),
    docxFileId: id('附件').optional(),
    fields: itemFieldsSchema.optional(),
    note: z.string().trim().max(2000).optional().describe('补正说明'),
  })
  .strict();

export const reviseBody = z
  .object({
    text: text.optional().describe('修改稿全文（与 docxFileId 二选一）'),
    docxFileId: id('附件').optional(),
    fields: itemFieldsSchema.optional(),
    note: z
      .string()
      .trim()
      .min(2, '请说明修改情况')
      .max(2000)
      .describe('修改说明：对审查意见的修改情况'),
  })
  .strict()
  .refine((b) => b.text || b.docxFileId, { message: '请提交修改稿全文或上传修改稿' });

export const withdrawBody = z
  .object({ reason: z.string().trim().min(2, '请填写撤回理由').max(2000) })
  .strict();

export const listQuery = z
  .object({
    q: z.string().trim().max(50).optional().describe('按名称查找'),
    ids: idsQuery,
    type: z.enum(ITEM_TYPE_KEYS as [ItemType, ...ItemType[]]).optional(),
    state: z.enum(STATE_KEYS as [State, ...State[]]).optional(),
    channel: z.enum(['platform', 'offline']).optional(),
    conclusion: z
      .enum(['lawful', 'lawful_with_suggestions', 'revise', 'unlawful', 'risk_disclosed'])
      .optional(),
    orgId: id('机构').optional().describe('送审单位（含下级）'),
    year: z.coerce
      .number()
      .int()
      .min(2000)
      .max(2100)
      .optional()
      .describe('按出具意见的年份（未出具的按送审年份）'),
    overdue: z.enum(['true', 'false']).optional().describe('true：只看审查期限已超期的'),
    mine: z.enum(['true', 'false']).optional().describe('true：只看轮到我处理的'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    format: z.enum(['json', 'xlsx']).default('json').describe('xlsx：按当前筛选条件导出审查台账'),
  })
  // month: 受理日期 in that month (the cockpit's review trend counts on the same date)
  .merge(drillDownQuery)
  .strict();
export type ListQuery = z.infer<typeof listQuery>;
