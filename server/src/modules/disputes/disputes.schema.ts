import { CONTACT_PHONE_FORMAT, ID_OR_CREDIT_CODE_FORMAT, isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { drillDownQuery } from '../../core/http/drill-down.js';
import { pageQuery } from '../../core/http/paging.js';
import { DISPUTE_STATES, type DisputeState } from './dispute.workflow.js';
import { CATEGORY_KEYS, CHANNEL_KEYS, HANDLER_KEYS } from './disputes.vocabulary.js';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`).describe(label);
const uuid = (label: string) => z.string().uuid(`${label}格式有误`).describe(label);
const orgId = uuid('机构编号').optional();

export const idParams = z.object({ id: uuid('纠纷编号') }).strict();

const party = z
  .object({
    role: z.enum(['applicant', 'respondent']).describe('申请人 / 被申请人'),
    name: text('当事人姓名或名称', 100),
    idNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(ID_OR_CREDIT_CODE_FORMAT, '身份证号码或统一社会信用代码须为18位')
      .optional()
      .describe('身份证号码或统一社会信用代码'),
    phone: z
      .string()
      .trim()
      .regex(CONTACT_PHONE_FORMAT, '联系电话格式有误')
      .optional()
      .describe('联系电话'),
    address: text('住址', 200).optional(),
  })
  .strict();

export const newDisputeBody = z
  .object({
    channel: z.enum(CHANNEL_KEYS).describe('受理渠道'),
    channelRef: text('渠道编号', 60).optional().describe('警情号、工单号、法院诉前调解案号等'),
    receivedOn: isoDate.optional().describe('受理日期（默认今天）'),
    category: z.enum(CATEGORY_KEYS).describe('纠纷类型'),
    title: text('纠纷事项', 200),
    facts: text('纠纷的主要事实和争议事项', 4000),
    parties: z.array(party).min(2, '纠纷须有两方以上当事人').max(20).describe('当事人'),
  })
  .strict();

const states = Object.keys(DISPUTE_STATES) as [DisputeState, ...DisputeState[]];
export const disputeFilterQuery = z
  .object({
    status: z.enum(states).optional().describe('状态'),
    channel: z.enum(CHANNEL_KEYS).optional().describe('受理渠道'),
    category: z.enum(CATEGORY_KEYS).optional().describe('纠纷类型'),
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('受理年度'),
    q: z.string().trim().max(100).optional().describe('编码、事项或当事人'),
  })
  .merge(drillDownQuery)
  .strict();
export const disputeListQuery = disputeFilterQuery.merge(pageQuery).strict();

export const statsQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).describe('年度'),
    asOf: isoDate.optional().describe('统计截止日期（默认年底或今天）'),
    orgId,
  })
  .strict();

export const emptyBody = z.object({}).strict();
export const routeBody = z
  .object({
    handlerKind: z.enum(HANDLER_KEYS).describe('承办调解组织类型'),
    handlerName: text('承办调解组织', 100),
    mediatorName: text('调解员', 50).optional(),
    chosenByParties: z.boolean().optional().describe('当事人选择的调解员（人民调解法第二十三条）'),
  })
  .strict();
export const reasonBody = z.object({ reason: text('退回理由', 1000) }).strict();
export const declineBody = z
  .object({ party: text('拒绝调解的当事人', 100), note: text('说明', 1000).optional() })
  .strict();
export const sessionBody = z
  .object({
    heldOn: isoDate.optional().describe('调解日期（默认今天）'),
    place: text('调解地点', 200),
    attendees: text('参加人员', 500),
    summary: text('调解情况（各方陈述和调解经过）', 4000),
  })
  .strict();
export const extendBody = z
  .object({
    days: z.number().int().min(1).max(60).describe('延长天数'),
    bothConsent: z.boolean().optional().describe('双方当事人均同意延长（人民调解）'),
    approvedBy: z
      .string()
      .trim()
      .max(40, '批准人不超过40字')
      .optional()
      .describe('批准延长的本机关负责人（信访，《信访工作条例》第三十四条）'),
    reason: text('延长理由', 1000),
  })
  .strict();
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不超过${max}字`).optional().describe(label);
export const agreeBody = z
  .object({
    responsibilities: optionalText('各方当事人的责任', 2000),
    terms: optionalText('调解协议的内容', 4000),
    performance: optionalText('履行的方式和期限', 1000),
  })
  .strict();
export const oralBody = z.object({ terms: text('口头协议的内容', 2000) }).strict();
export const failBody = z
  .object({
    routesLeft: z
      .string()
      .trim()
      .max(1000)
      .describe('告知当事人的其他途径（仲裁、行政、司法等，人民调解法第二十六条）'),
  })
  .strict();
export const confirmationBody = z.object({ court: text('受理司法确认的人民法院', 100) }).strict();
export const revisitBody = z
  .object({
    rating: z.number().int().min(1).max(5).describe('当事人满意度（1–5）'),
    note: text('回访情况', 1000).optional(),
  })
  .strict();

export const signatureBody = z
  .object({
    fileId: uuid('签名图片编号'),
    signer: text('签名人（当事人或调解员）', 100),
  })
  .strict();
export const photoBody = z
  .object({
    fileId: uuid('照片编号'),
    note: text('照片说明', 200).optional(),
  })
  .strict();
