import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { keys, text } from '../legal-services.schema.js';
import { ADVISER_GRADES } from '../legal-services.vocabulary.js';

export const evaluationBody = z
  .object({
    year: z
      .number({ message: '请填写考核年度' })
      .int('考核年度须为整数')
      .min(2000, '考核年度有误')
      .max(2100, '考核年度有误')
      .describe('考核年度'),
    score: z
      .number({ message: '请填写考核得分' })
      .int('考核得分须为整数')
      .min(0, '考核得分为0–100分')
      .max(100, '考核得分为0–100分')
      .describe('考核得分（百分制）'),
    grade: z.enum(keys(ADVISER_GRADES)).describe('考核等次：优秀 / 称职 / 基本称职 / 不称职'),
    evaluator: text('考核人（单位）', 40),
    comments: text('考核意见', 1000),
    evaluatedOn: isoDate.describe('考核日期'),
  })
  .strict();

const evaluation = z.object({
  id: z.string(),
  adviserId: z.string(),
  year: z.number().int(),
  score: z.number().int(),
  grade: z.enum(keys(ADVISER_GRADES)),
  gradeLabel: z.string(),
  evaluator: z.string(),
  comments: z.string(),
  evaluatedOn: z.string(),
});
export const evaluationResponse = evaluation.describe('一次年度考核');
export const evaluationListResponse = z.object({
  basis: z.string().describe('考核依据'),
  items: z.array(evaluation).describe('该顾问历年考核，年度由近及远'),
});
