import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { pageQuery } from '../../../core/http/paging.js';
import { QUESTION_KIND_KEYS } from '../pufa.vocabulary.js';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`).describe(label);
const uuid = (what: string) => z.string().uuid(`${what}编号格式有误`).describe(`${what}编号`);

export const idParams = z.object({ id: uuid('记录') }).strict();

export const questionBody = z
  .object({
    topic: text('专题（如 反诈、反邪教）', 20),
    kind: z.enum(QUESTION_KIND_KEYS).describe('题型：单选、多选、判断'),
    stem: text('题干', 300),
    options: z
      .array(text('选项', 120))
      .min(2, '至少两个选项')
      .max(6, '最多六个选项')
      .optional()
      .describe('选项（判断题不填，固定为 正确 / 错误）'),
    answer: z
      .array(z.number().int().min(0).max(5))
      .min(1, '请选择正确答案')
      .describe('正确选项的序号（从 0 开始）'),
    explanation: text('答案解析', 500),
    basis: text('法律依据（如 《民法典》第一百四十八条）', 100),
  })
  .strict();

export const questionListQuery = z
  .object({
    topic: z.string().trim().max(20).optional().describe('专题'),
    includeRetired: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .merge(pageQuery)
  .strict();

export const quizBody = z
  .object({
    title: text('竞赛名称', 60),
    intro: text('竞赛说明', 500),
    topic: text('题库专题', 20),
    questionCount: z.number().int().min(1).max(50).describe('每次抽题数'),
    pointsPerQuestion: z.number().int().min(1).max(50).describe('每题分值'),
    timeLimitSeconds: z.number().int().min(30).max(3600).describe('答题限时（秒）'),
    attemptsPerDay: z.number().int().min(1).max(20).describe('每人每天可答次数'),
    smsRequired: z.boolean().describe('答题前须短信验证手机号'),
    targetPopulation: z
      .number()
      .int()
      .min(1)
      .max(10_000_000)
      .describe('目标人群人数（参与率分母）'),
    targetLabel: text('目标人群（如 全镇常住人口）', 40),
    opensOn: isoDate.describe('开始日期'),
    closesOn: isoDate.describe('截止日期'),
  })
  .strict()
  .refine((b) => b.closesOn >= b.opensOn, {
    message: '截止日期不能早于开始日期',
    path: ['closesOn'],
  });

export const resultsQuery = pageQuery.strict();
export const leaderboardQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(20).describe('名次数') })
  .strict();

const phone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '手机号格式有误（应为 11 位中国大陆手机号）')
  .describe('手机号');

export const smsCodeBody = z.object({ phone }).strict();

export const startBody = z
  .object({
    name: text('姓名', 20),
    phone,
    unit: text('所在村（社区）或单位', 40),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, '验证码为 6 位数字')
      .optional()
      .describe('短信验证码（竞赛要求验证时必填）'),
  })
  .strict();

export const submitBody = z
  .object({
    token: z.string().trim().min(16).max(64).describe('开始答题时得到的答卷凭证'),
    answers: z
      .array(z.array(z.number().int().min(0).max(5)).max(6))
      .max(50)
      .describe('按出题顺序，每题所选选项在屏幕上的位置（从 0 开始）'),
  })
  .strict();

export const yearQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).describe('年度'),
    orgId: z.string().uuid().optional().describe('乡镇（县级以上工作人员选择）'),
  })
  .strict();
