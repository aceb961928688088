import { z } from 'zod';
import {
  CHECK_RESULTS,
  DIMENSION_KEYS,
  OPINION_CONCLUSIONS,
  type CheckResult,
  type Dimension,
} from '../review.enums.js';

/** Requests of the reviewer's workspace, the adviser and the county centre. */

const id = (what: string) => z.string().uuid(`${what}编号格式有误`);
export const hitParams = z.object({ id: id('事项'), hitId: id('预审提示') }).strict();
export const findingParams = z.object({ id: id('事项'), findingId: id('审查意见条目') }).strict();
export const opinionParams = z.object({ id: id('事项'), opinionId: id('审查意见书') }).strict();

const dimension = z
  .enum(DIMENSION_KEYS as [Dimension, ...Dimension[]])
  .describe('审查维度：主体、权限、程序、内容、形式');

export const decideHitBody = z
  .object({
    decision: z
      .enum(['accepted', 'dismissed'])
      .describe('accepted 采纳（转为审查意见条目）；dismissed 不采纳'),
    note: z.string().trim().max(1000).optional().describe('说明，如不采纳的理由'),
    dimension: dimension.optional().describe('采纳时归入的审查维度，默认“内容”'),
  })
  .strict();

export const findingBody = z
  .object({
    dimension,
    clause: z.string().trim().max(2000).optional().describe('涉及的条款原文'),
    problem: z.string().trim().min(2, '请写明存在的问题').max(2000).describe('存在的问题'),
    basis: z.string().trim().max(1000).optional().describe('法律依据'),
    suggestion: z.string().trim().max(2000).optional().describe('修改建议（建议表述）'),
  })
  .strict();

const checklist = z
  .partialRecord(
    z.enum(DIMENSION_KEYS as [Dimension, ...Dimension[]]),
    z.enum(Object.keys(CHECK_RESULTS) as [CheckResult, ...CheckResult[]]),
  )
  .describe(
    '主体、权限、程序、内容、形式逐项结论：pass 符合、issue 存在问题、not_applicable 不适用',
  );

export const draftOpinionBody = z
  .object({
    checklist: checklist.optional(),
    summary: z.string().max(5000).optional(),
    bases: z.array(z.string().trim().min(2).max(200)).max(30).optional(),
    conclusion: z.enum(OPINION_CONCLUSIONS).optional(),
    riskStatement: z.string().max(3000).optional(),
  })
  .strict();
export type DraftOpinion = z.infer<typeof draftOpinionBody>;

export const issueOpinionBody = z
  .object({
    conclusion: z.enum(OPINION_CONCLUSIONS).describe('审查结论；材料不全请使用“退回补充材料”'),
    checklist: checklist.refine((c) => DIMENSION_KEYS.every((d) => c[d]), {
      message: '请逐项填写主体、权限、程序、内容、形式的审查结论',
    }),
    summary: z
      .string()
      .trim()
      .min(10, '请写明审查意见（至少 10 个字）')
      .max(5000)
      .describe('审查意见正文'),
    bases: z
      .array(z.string().trim().min(2).max(200))
      .min(1, '请列明审查依据')
      .max(30)
      .describe('审查依据，如《中华人民共和国民法典》第七百零五条'),
    riskStatement: z
      .string()
      .trim()
      .max(3000)
      .optional()
      .describe('明示法律风险时必填：风险内容及提示'),
  })
  .strict()
  .refine((b) => b.conclusion !== 'risk_disclosed' || (b.riskStatement?.length ?? 0) >= 10, {
    message: '明示法律风险的，请写明法律风险（至少 10 个字）',
    path: ['riskStatement'],
  });

export const supplementBody = z
  .object({ reason: z.string().trim().min(2, '请写明需要补充的材料').max(2000) })
  .strict();
export const coReviewBody = z
  .object({
    reason: z.string().trim().min(4, '请写明提请协审的问题').max(2000).describe('疑难复杂的问题'),
  })
  .strict();
export const answerBody = z
  .object({ response: z.string().trim().min(4, '请填写协审意见').max(5000) })
  .strict();

export const adviserBody = z
  .object({
    text: z.string().trim().min(10, '法律意见至少 10 个字').max(20_000).describe('书面法律意见'),
    fileId: id('附件').optional().describe('签名的法律意见书扫描件'),
  })
  .strict();
