import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { FCR_STANDARDS, type FcrException } from '../rules/fair-competition-checklist.js';
import { FCR_OUTCOMES, type FcrOutcome } from './fcr.rules.js';
import { townFilter } from '../../orgs/orgs.public.js';

/** Requests of 公平竞争审查 records and the 存量清理 ledger. */

const id = (what: string) => z.string().uuid(`${what}编号格式有误`);
export const fcrParams = z.object({ id: id('公平竞争审查记录') }).strict();
const codes = FCR_STANDARDS.map((s) => s.code) as [string, ...string[]];

const checklistSchema = z
  .partialRecord(z.enum(codes), z.enum(['involved', 'not_involved']))
  .describe(
    '审查标准逐项判断：键为条款项，如 "9.3"（第九条第（三）项）；involved 含有该情形、not_involved 不含',
  );

const exceptionSchema = z
  .object({
    ground: z
      .enum(['security', 'innovation', 'public_interest', 'other_statutory'] as [
        FcrException,
        ...FcrException[],
      ])
      .describe('第十二条所列情形'),
    noLessRestrictiveAlternative: z.boolean().describe('是否没有对公平竞争影响更小的替代方案'),
    termOrEndCondition: z.string().trim().max(500).describe('实施期限或者终止条件'),
  })
  .strict();

export const createFcrBody = z
  .object({
    title: z.string().trim().min(4, '政策措施名称至少 4 个字').max(120),
    draftingUnit: z
      .string()
      .trim()
      .min(2, '请填写起草单位')
      .max(60)
      .describe('起草单位（第十三条：起草单位在起草阶段开展审查）'),
    text: z.string().min(10, '请粘贴政策措施全文').max(200_000),
    itemId: id('审查事项')
      .optional()
      .describe('关联的合法性审查事项（涉及市场主体的规范性文件、重大行政决策等）'),
  })
  .strict();

export const updateFcrBody = z
  .object({
    text: z.string().min(10).max(200_000).optional(),
    checklist: checklistSchema.optional(),
    exception: exceptionSchema.nullable().optional(),
    consultation: z
      .string()
      .trim()
      .max(5000)
      .nullable()
      .optional()
      .describe('听取利害关系人意见情况（第十六条）'),
  })
  .strict();

export const concludeFcrBody = z
  .object({
    outcome: z
      .enum(Object.keys(FCR_OUTCOMES) as [FcrOutcome, ...FcrOutcome[]])
      .describe('compliant 不违反、exception_applies 适用例外、non_compliant 违反不得出台'),
    conclusionText: z.string().trim().max(5000).describe('书面审查结论（第十七条）'),
  })
  .strict();

export const fcrListQuery = z
  .object({
    state: z.enum(['draft', 'concluded']).optional(),
    outcome: z.enum(Object.keys(FCR_OUTCOMES) as [FcrOutcome, ...FcrOutcome[]]).optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    format: z.enum(['json', 'xlsx']).default('json'),
    orgId: townFilter,
  })
  .strict();

export const CLEANUP_OUTCOMES = { kept: '继续有效', revised: '修订', abolished: '废止' } as const;
export type CleanupOutcome = keyof typeof CLEANUP_OUTCOMES;

export const cleanupBody = z
  .object({
    docTitle: z.string().trim().min(4, '文件名称至少 4 个字').max(200),
    docNumber: z.string().trim().max(60).optional().describe('文号'),
    issuedOn: isoDate.optional().describe('印发日期'),
    outcome: z
      .enum(Object.keys(CLEANUP_OUTCOMES) as [CleanupOutcome, ...CleanupOutcome[]])
      .describe('kept 继续有效、revised 修订、abolished 废止'),
    reason: z.string().trim().min(4, '请说明清理理由').max(2000),
    reviewedOn: isoDate.describe('清理日期'),
    campaign: z
      .string()
      .trim()
      .max(100)
      .optional()
      .describe('清理批次，如“2024年涉企政策文件公平竞争审查清查”'),
  })
  .strict();

export const cleanupListQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    outcome: z
      .enum(Object.keys(CLEANUP_OUTCOMES) as [CleanupOutcome, ...CleanupOutcome[]])
      .optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    format: z.enum(['json', 'xlsx']).default('json'),
    orgId: townFilter,
  })
  .strict();
