import { z } from 'zod';
import { contractFields, fairCompetitionFields, villageRulesFields } from './fields.js';

/** 200 000 characters: a long contract with annexes, well under the request body limit. */
const MAX_TEXT = 200_000;

const text = z
  .string({ error: '请提供待预审的文本' })
  .min(1, '待预审的文本不能为空')
  .max(MAX_TEXT, `待预审的文本不能超过 ${MAX_TEXT} 字`)
  .describe('全文（粘贴或从 Word 文档提取）');

/** POST /review/pre-review: the kind decides which fields are allowed. */
export const preReviewBody = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('village_rules').describe('村规民约、村民自治章程、居民公约'),
        text,
        fields: villageRulesFields.optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('contract').describe('行政机关合同、村级合同'),
        text,
        fields: contractFields.optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('fair_competition').describe('涉及经营者经济活动的政策措施'),
        text,
        fields: fairCompetitionFields.optional(),
      })
      .strict(),
  ],
  {
    error:
      'kind 应为 village_rules（村规民约）、contract（合同）或 fair_competition（公平竞争审查）',
  },
);

export type PreReviewBody = z.infer<typeof preReviewBody>;

const hitSchema = z.object({
  ruleId: z.string().describe('规则编号，如 R4、C10、F9.3'),
  severity: z
    .enum(['high', 'medium', 'low'])
    .describe('high 应当删除 / medium 应当修改或补充材料 / low 提示'),
  title: z.string().describe('问题'),
  clause: z.string().describe('命中的条款原文；针对全文或送审信息的提示为空'),
  start: z.number().int().describe('条款在原文中的起始位置（UTF-16 下标）'),
  end: z.number().int().describe('条款在原文中的结束位置（不含）'),
  basis: z.string().describe('依据（法律名称和条款）'),
  suggestion: z.string().describe('修改建议'),
});

export const preReviewResponse = z.object({ hits: z.array(hitSchema) });

export const docxResponse = preReviewResponse.extend({
  text: z.string().describe('从 Word 文档提取的全文'),
});

const ruleInfo = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  severity: z.string(),
  basis: z.string(),
  suggestion: z.string(),
});

export const catalogueResponse = z.object({
  rules: z.array(ruleInfo),
  fairCompetition: z.object({
    standards: z.array(
      z.object({
        code: z.string(),
        group: z.string(),
        article: z.number(),
        item: z.number(),
        basis: z.string(),
        text: z.string(),
      }),
    ),
    exceptions: z.array(z.object({ key: z.string(), basis: z.string(), text: z.string() })),
    exceptionConditions: z.array(
      z.object({ key: z.string(), basis: z.string(), text: z.string() }),
    ),
  }),
  thresholds: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      value: z.number(),
      unit: z.string(),
      source: z.string(),
      confirmed: z.boolean(),
    }),
  ),
});
