import { isoDate } from '@fazhi/shared';
import { z } from 'zod';

const year = z.coerce.number().int().min(2000, '年度有误').max(2100, '年度有误');

export const trainingBody = z
  .object({
    userId: z.string().uuid('参训人员格式有误').describe('参训的执法人员（本镇账号）'),
    heldOn: isoDate.describe('培训日期'),
    hours: z
      .number()
      .min(0.5, '学时至少为0.5')
      .max(24, '单次培训不超过24学时')
      .multipleOf(0.5, '学时以0.5为单位')
      .describe('学时'),
    topic: z
      .string()
      .trim()
      .min(1, '请填写培训内容')
      .max(200, '培训内容不超过200字')
      .describe('培训内容'),
  })
  .strict();

export const trainingListQuery = z
  .object({
    year: year.describe('年度'),
    orgId: z.string().uuid().optional().describe('乡镇（上级机关工作人员查看时填写）'),
  })
  .strict();

export const trainingStatusOut = z.object({
  year: z.number(),
  required: z.number().describe('年度培训学时要求（按乡镇设置，默认60）'),
  basis: z.string(),
  officers: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      hours: z.number().describe('本年度已完成学时'),
      below: z.boolean().describe('未达到年度学时要求'),
    }),
  ),
  below: z.number().describe('未达到要求的持证人员数'),
});

export const trainingListOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      userId: z.string(),
      name: z.string(),
      heldOn: z.string(),
      hours: z.number(),
      topic: z.string(),
    }),
  ),
  status: trainingStatusOut,
});
