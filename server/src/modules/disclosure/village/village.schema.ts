import { z } from 'zod';
import { AFFAIR_CATEGORY_KEYS, SUBJECT_KEYS } from './village-vocabulary.js';

const date = (what: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${what}格式应为 YYYY-MM-DD`);
const uuid = (what: string) => z.string().uuid(`${what}编号格式有误`);
export const idParams = z.object({ id: uuid('') }).strict();
export const villageParams = z.object({ villageId: uuid('村（社区）') }).strict();

export const createVillageItemBody = z
  .object({
    orgId: uuid('村（社区）').optional().describe('村（社区）；默认本人所在村'),
    category: z
      .enum(AFFAIR_CATEGORY_KEYS, { message: '请选择党务、村务或财务' })
      .describe('党务 party / 村务 village / 财务 finance'),
    matterKind: z
      .enum(['regular', 'major'])
      .describe('regular 一般事项（按期公布）；major 重大事项（随时公布）'),
    subject: z
      .enum(SUBJECT_KEYS, { message: '请选择公开事项类别' })
      .describe('法定公开事项（组织法第三十条、浙江实施办法第二十九条）'),
    period: z
      .string()
      .regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, '公开期间格式应为 2024-Q3（季度）或 2024-09（月）')
      .optional()
      .describe('一般事项所属期间'),
    occurredOn: date('决定或发生日期').optional().describe('重大事项的决定或发生日期'),
    title: z.string().trim().min(1, '请填写标题').max(200).describe('标题'),
    body: z.string().trim().min(1, '请填写公开内容').max(50_000).describe('公开内容（纯文本）'),
    complaintId: uuid('反映').optional().describe('按镇政府责令公布的反映编号'),
  })
  .strict();

export const updateVillageItemBody = createVillageItemBody
  .omit({ orgId: true, complaintId: true })
  .partial()
  .strict();

export const villageItemListQuery = z
  .object({
    orgId: uuid('村（社区）').optional().describe('村（社区），或县级人员所选的乡镇'),
    category: z.enum(AFFAIR_CATEGORY_KEYS).optional(),
    status: z.enum(['draft', 'in_review', 'published']).optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    format: z.enum(['json', 'xlsx']).default('json'),
  })
  .strict();

export const reviewBody = z
  .object({ opinion: z.string().trim().max(500).optional().describe('监委会审查意见') })
  .strict();
export const returnBody = z
  .object({
    opinion: z.string().trim().min(1, '请填写退回意见').max(500).describe('监委会退回意见'),
  })
  .strict();

export const frequencyBody = z
  .object({
    category: z.enum(AFFAIR_CATEGORY_KEYS),
    frequency: z.enum(['quarterly', 'monthly'], {
      message: '公开频次只能是每季度或每月（法定最低为每季度一次）',
    }),
  })
  .strict();

export const villageSettingsBody = z
  .object({
    dueDay: z.number().int().min(1).max(31).describe('公开日：每期结束后次月几日前公布'),
    majorDays: z.number().int().min(1).max(30).describe('重大事项自决定之日起几个工作日内公布'),
    complaintDays: z.number().int().min(1).max(60).describe('镇政府调查核实反映的期限（工作日）'),
    orderDays: z.number().int().min(1).max(60).describe('责令公布后村应当公布的期限（工作日）'),
  })
  .strict();

export const boardQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    orgId: uuid('乡镇').optional(),
  })
  .strict();
