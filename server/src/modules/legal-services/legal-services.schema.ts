import { CONTACT_PHONE_FORMAT, isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { pageQuery } from '../../core/http/paging.js';
import {
  ADVISER_LOG_KINDS,
  APPOINTMENT_SLOTS,
  VISIT_CHANNELS,
  VISIT_OUTCOMES,
  WINDOW_KINDS,
} from './legal-services.vocabulary.js';

export const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`).describe(label);
export const keys = <T extends string>(o: Record<T, unknown>) => Object.keys(o) as [T, ...T[]];
const phone = z
  .string()
  .trim()
  .regex(CONTACT_PHONE_FORMAT, '请填写手机号或带区号的固定电话')
  .describe('联系电话');
const town = z
  .string()
  .uuid('机构编号格式有误')
  .optional()
  .describe('乡镇（上级机关工作人员选择）');

export const idParams = z.object({ id: z.string().uuid('编号格式有误').describe('编号') }).strict();
export const townQuery = z.object({ orgId: town }).strict();

export const windowBody = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Z]$/, '窗口编号为一个大写字母（取号前缀，如 A）')
      .describe('窗口编号（取号前缀）'),
    name: text('窗口名称', 30),
    kind: z.enum(keys(WINDOW_KINDS)).describe('窗口类别（X 窗口选“其他”）'),
  })
  .strict();
export const windowPatch = z
  .object({
    name: text('窗口名称', 30).optional(),
    kind: z.enum(keys(WINDOW_KINDS)).optional(),
    active: z.boolean().optional().describe('是否开放'),
  })
  .strict();
export const emptyBody = z.object({}).strict();

export const visitBody = z
  .object({
    servedOn: isoDate.optional().describe('服务日期（默认今天）'),
    channel: z.enum(keys(VISIT_CHANNELS)).describe('来访方式'),
    ticketId: z.string().uuid().optional().describe('排队号（叫号后办理的）'),
    visitorName: text('来访人', 30),
    visitorPhone: phone.optional(),
    village: text('所在村（社区）或单位', 40).optional(),
    topic: text('咨询或办理事项', 200),
    summary: text('服务情况', 2000).optional(),
    outcome: z.enum(keys(VISIT_OUTCOMES)).describe('办理结果'),
    referral: text('转介去向', 100).optional(),
  })
  .strict();
export const visitBatchBody = z
  .object({ visits: z.array(visitBody).min(1).max(1000).describe('纸质登记簿上的来访记录') })
  .strict();
export const ratingBody = z
  .object({
    rating: z
      .number()
      .int()
      .min(1, '评价为 1–5 星')
      .max(5, '评价为 1–5 星')
      .describe('满意度（1–5 星）'),
    comment: text('评价意见', 500).optional(),
  })
  .strict();
export const visitFilterQuery = z
  .object({
    orgId: town,
    kind: z.enum(keys(WINDOW_KINDS)).optional().describe('窗口类别'),
    outcome: z.enum(keys(VISIT_OUTCOMES)).optional().describe('办理结果'),
    from: isoDate.optional().describe('服务日期起'),
    to: isoDate.optional().describe('服务日期止'),
    q: z.string().trim().max(60).optional().describe('事项或来访人'),
  })
  .strict();
export const visitListQuery = visitFilterQuery.merge(pageQuery).strict();

export const appointmentQuery = z
  .object({ orgId: town, from: isoDate.optional().describe('预约日期起（默认今天）') })
  .strict();
export const questionQuery = z
  .object({
    orgId: town,
    answered: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional()
      .describe('是否已答复'),
  })
  .strict();
export const answerBody = z.object({ answer: text('答复内容', 4000) }).strict();

export const bookBody = z
  .object({
    onDate: isoDate.describe('预约日期'),
    slot: z.enum(keys(APPOINTMENT_SLOTS)).describe('上午 / 下午'),
    name: text('姓名', 30),
    phone,
    topic: text('预约事项', 200),
  })
  .strict();
export const askBody = z
  .object({
    name: text('姓名', 30),
    phone,
    village: text('所在村（社区）', 40).optional(),
    question: text('咨询问题', 2000),
  })
  .strict();
export const trackBody = z.object({ code: text('查询码', 20), phone }).strict();

export const assistanceBody = z
  .object({
    subtype: text('协助类别（如协助送达、协助调查、协助执行、社区矫正调查评估）', 30),
    requester: text('提出协助的机关', 60),
    caseRef: text('案号或文号', 60).optional(),
    receivedOn: isoDate.describe('收到协助请求的日期'),
    doneOn: isoDate.optional().describe('完成日期'),
    handlerName: text('承办人', 30),
    summary: text('协助事项', 1000),
    result: text('协助结果', 1000).optional(),
  })
  .strict();
export const yearListQuery = z
  .object({
    orgId: town,
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('年度'),
  })
  .merge(pageQuery)
  .strict();

export const adviserBody = z
  .object({
    villageId: z.string().uuid().describe('村（社区）'),
    name: text('法律顾问姓名', 30),
    firm: text('所在律师事务所或法律服务所', 60),
    phone,
    hours: text('接待时间', 60),
    place: text('接待场所', 60),
    since: isoDate.describe('聘任日期'),
  })
  .strict();
export const adviserLogBody = z
  .object({
    kind: z.enum(keys(ADVISER_LOG_KINDS)).describe('服务类别'),
    onDate: isoDate.describe('服务日期'),
    subject: text('会议或事项', 200),
    summary: text('服务内容（列席意见、出具的法律意见等）', 2000),
  })
  .strict();
export const statsQuery = z
  .object({ year: z.coerce.number().int().min(2000).max(2100).describe('年度'), orgId: town })
  .strict();
