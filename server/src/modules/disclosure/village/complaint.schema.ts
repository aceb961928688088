import { z } from 'zod';
import { AFFAIR_CATEGORY_KEYS } from './village-vocabulary.js';
import { townFilter } from '../../orgs/orgs.public.js';

const text = (what: string, max: number) =>
  z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过 ${max} 字`).describe(what);
const phone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '手机号格式有误（应为 11 位中国大陆手机号）');

const common = {
  villageId: z.string().uuid('村（社区）编号格式有误').describe('被反映的村（社区）'),
  complainantName: text('反映人姓名', 40),
  category: z
    .enum(AFFAIR_CATEGORY_KEYS, { message: '请选择党务、村务或财务' })
    .describe('党务 / 村务 / 财务'),
  kind: z
    .enum(['not_published', 'untrue'])
    .describe('not_published 应当公布而未及时公布；untrue 公布的事项不真实'),
  matter: text('反映的事项', 2000),
};

/** Registered by staff (visit, letter, phone): the receipt day may be earlier than today, never later. */
export const registerComplaintBody = z
  .object({
    ...common,
    phone: phone.optional().describe('联系电话（加密保存，脱敏显示）'),
    channel: z.enum(['visit', 'letter', 'phone', 'online']).describe('来访 / 来信 / 来电 / 网上'),
    receivedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '收到日期格式应为 YYYY-MM-DD')
      .describe('收到反映之日（调查期限自此起算）'),
  })
  .strict();

/** Sent by a villager from the portal: received today, a phone number for the answer is required. */
export const publicComplaintBody = z
  .object({ ...common, phone: phone.describe('联系电话，用于告知处理结果') })
  .strict();

export const complaintListQuery = z
  .object({
    status: z
      .enum(['received', 'investigating', 'ordered', 'dismissed', 'published', 'closed'])
      .optional(),
    villageId: z.string().uuid().optional(),
    orgId: townFilter,
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict();

export const orderBody = z
  .object({ findings: text('调查核实情况', 2000), orderText: text('责令公布的事项和要求', 1000) })
  .strict();
export const dismissBody = z
  .object({ findings: text('调查核实情况', 2000), reason: text('不予支持的理由', 1000) })
  .strict();
export const confirmBody = z
  .object({ itemId: z.string().uuid('公开事项编号格式有误').describe('村已公布的公开事项') })
  .strict();
export const closeBody = z.object({ resultNote: text('向反映人告知的处理结果', 1000) }).strict();
