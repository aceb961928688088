import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { pageQuery } from '../../core/http/paging.js';
import { townFilter } from '../orgs/orgs.public.js';
import { DECISION_STATES, type DecisionState } from './decision.workflow.js';
import {
  ADOPTION_KEYS,
  FCR_CONCLUSIONS,
  MATERIALS,
  NOTICE_KINDS,
  PROCEDURE_KEYS,
  type FcrConclusion,
  type Material,
} from './decisions.vocabulary.js';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`).describe(label);
const keys = <T extends string>(o: Record<T, string>) => Object.keys(o) as [T, ...T[]];
const uuid = (label: string) => z.string().uuid(`${label}格式有误`).describe(label);

export const idParams = z.object({ id: uuid('编号') }).strict();
export const commentParams = z
  .object({ id: uuid('决策编号'), commentId: uuid('意见编号') })
  .strict();
export const noticeParams = z
  .object({ id: uuid('决策编号'), kind: z.enum(NOTICE_KINDS).describe('公告种类') })
  .strict();
export const yearParams = z
  .object({ year: z.coerce.number().int().min(2000).max(2100).describe('年度') })
  .strict();
export const townQuery = z
  .object({ orgId: z.string().uuid().optional().describe('乡镇（上级机关工作人员选择）') })
  .strict();

export const catalogueBody = z
  .object({ year: z.number().int().min(2000).max(2100).describe('目录年度') })
  .strict();

export const entryBody = z
  .object({
    title: text('事项名称', 200),
    decisionBody: text('决策主体', 60),
    leadOffice: text('承办科室', 60),
    partners: text('会同单位', 200).optional(),
    legalBasis: text('法律政策依据', 2000),
    procedures: z
      .array(z.enum(PROCEDURE_KEYS))
      .max(PROCEDURE_KEYS.length)
      .describe('履行程序要求（合法性审查、集体讨论决定必选）'),
    plannedBy: isoDate.describe('计划完成时间'),
    affectsMarket: z.boolean().describe('涉及市场主体经济活动（须公平竞争审查）'),
    reason: text('新增或调整理由（目录经同意后须填写）', 1000).optional(),
  })
  .strict();
export const entryPatchBody = entryBody
  .partial()
  .extend({ reason: text('调整理由', 1000) })
  .strict();
export const withdrawEntryBody = z.object({ reason: text('撤销理由', 1000) }).strict();

export const approveCatalogueBody = z
  .object({
    approvedOn: isoDate.describe('同级党委同意日期'),
    approvedBy: text('同意的会议（如镇党委会议）', 100),
  })
  .strict();
export const publishCatalogueBody = z
  .object({ publishedOn: isoDate.describe('公布日期') })
  .strict();

export const newDecisionBody = z
  .object({ entryId: uuid('目录事项'), proposedOn: isoDate.describe('提出决策建议日期') })
  .strict();

const states = keys<DecisionState>(DECISION_STATES);
export const decisionListQuery = z
  .object({
    status: z.enum(states).optional().describe('状态'),
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('目录年度'),
  })
  .strict()
  .merge(pageQuery)
  .strict();

export const launchBody = z
  .object({ launchedOn: isoDate.describe('启动日期'), leadOffice: text('决策承办单位', 100) })
  .strict();

const article = z
  .object({ heading: text('条目标题', 30).optional(), text: text('条文', 4000) })
  .strict();
export const draftBody = z
  .object({
    title: text('草案标题', 200),
    explanation: text('起草说明', 8000).optional(),
    articles: z.array(article).min(1, '请至少填写一条').max(200).describe('草案条文（按条拆分）'),
  })
  .strict();

export const openCommentBody = z
  .object({
    opensOn: isoDate.describe('征求意见开始日期'),
    closesOn: isoDate.describe('征求意见截止日期'),
    shortPeriodReason: text('缩短期限的理由', 500).optional(),
  })
  .strict();
export const withholdBody = z.object({ reason: text('依法不公开征求意见的理由', 1000) }).strict();
export const expertBody = z
  .object({ summary: text('专家论证意见及采纳情况（无需论证的写明理由）', 4000) })
  .strict();
export const riskBody = z
  .object({
    required: z.boolean().describe('是否需要风险评估（目录要求的不能选否）'),
    report: text('风险评估情况说明（评估结论依风险评估报告）或无需评估的理由', 8000),
  })
  .strict();
export const fcrBody = z
  .object({
    conclusion: z.enum(keys<FcrConclusion>(FCR_CONCLUSIONS)).describe('公平竞争审查结论'),
    note: text('审查情况说明', 4000),
  })
  .strict();
export const linkLegalityBody = z.object({ reviewItemId: uuid('合法性审查事项') }).strict();
export const partyBody = z
  .object({ reportedOn: isoDate.describe('向镇党委请示报告日期') })
  .strict();
export const decideBody = z
  .object({
    meetingName: text('会议名称', 100),
    meetingOn: isoDate.describe('会议日期'),
    materials: z
      .array(z.enum(keys<Material>(MATERIALS)))
      .max(10)
      .describe('提交会议的材料（条例第二十九条）'),
    opinions: z
      .array(z.object({ member: text('发言人', 30), opinion: text('意见', 1000) }).strict())
      .min(1, '请按发言顺序记录会议组成人员的意见')
      .max(40)
      .describe('会议组成人员意见（按发言顺序，行政首长最后）'),
    headSpokeLast: z.boolean().describe('行政首长最后发表意见'),
    departsFromMajority: z.boolean().describe('决定与多数人意见不一致'),
    departureReason: text('不一致的理由', 2000).optional(),
    dissent: text('不同意见', 2000).optional(),
    decisionText: text('决定内容', 4000),
  })
  .strict();
export const publishBody = z
  .object({
    publishedOn: isoDate.describe('公布日期'),
    note: text('决策说明（公众意见、专家意见采纳情况的说明）', 4000).optional(),
  })
  .strict();
export const implementBody = z.object({ unit: text('决策执行单位', 100) }).strict();
export const evaluateBody = z.object({ note: text('评估情形、评估单位和公众意见', 4000) }).strict();
export const changeBody = z.object({ reason: text('变更或停止执行的理由和程序', 2000) }).strict();

export const publicCommentBody = z
  .object({
    articleId: uuid('条文').optional(),
    body: text('意见内容', 2000),
    name: z.string().trim().max(30, '姓名不超过30字').optional().describe('姓名（可不填）'),
    phone: z
      .string()
      .trim()
      .regex(/^1\d{10}$/, '手机号格式有误')
      .optional()
      .describe('手机号（乡镇要求短信验证时必填，仅用于联系，对外不公开）'),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, '验证码为6位数字')
      .optional()
      .describe('短信验证码（乡镇要求短信验证时必填）'),
  })
  .strict();
export const commentCodeBody = z
  .object({
    phone: z
      .string()
      .trim()
      .regex(/^1\d{10}$/, '手机号格式有误')
      .describe('接收验证码的手机号'),
  })
  .strict();
export const settingsQuery = z.object({ orgId: townFilter });
export const settingsBody = z
  .object({
    commentSmsRequired: z.boolean().describe('公众提出意见前须短信验证手机号'),
  })
  .strict();
export const moderateBody = z.object({ show: z.boolean().describe('审核通过后公开') }).strict();
export const answerBody = z
  .object({ adoption: z.enum(ADOPTION_KEYS).describe('采纳情况'), answer: text('理由', 2000) })
  .strict();
export const statsQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).describe('年度'),
    orgId: z.string().uuid().optional().describe('乡镇（上级机关工作人员选择）'),
  })
  .strict();
