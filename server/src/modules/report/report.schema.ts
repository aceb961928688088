import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { PARAGRAPH_IDS } from './report-template.js';

const year = z.coerce.number().int().min(2000).max(2100).describe('年度');
const orgId = z
  .string()
  .uuid('乡镇编号格式有误')
  .optional()
  .describe('乡镇（上级机关工作人员选择）');

export const yearQuery = z.object({ year, orgId }).strict();
export const yearOnlyQuery = z.object({ year }).strict();
export const yearParams = z.object({ year }).strict();
export const orgQuery = z.object({ orgId }).strict();
export const idParams = z
  .object({ id: z.string().uuid('报告编号格式有误').describe('报告编号') })
  .strict();

const paragraphId = z
  .string()
  .refine((id) => PARAGRAPH_IDS.includes(id), '报告没有这一段')
  .describe('段落编号');

export const narrativeBody = z
  .object({
    orgId,
    paragraphs: z
      .record(paragraphId, z.string().max(4000, '每段不超过4000字'))
      .describe('段落编号 → 正文（数字请用 {{指标键}} 占位符）'),
    cutOffOn: isoDate
      .optional()
      .describe('统计截止日（如 11月30日，“截至11月底”的指标按此日统计）'),
  })
  .strict();

export const entryBody = z
  .object({
    orgId,
    key: z.string().min(1).max(80).describe('录入指标的键，如 entered.enterpriseIncidentsDecline'),
    value: z.number().finite().min(-1e9).max(1e9).describe('数值（百分比填数字，如 12.8）'),
    sourceDocument: z
      .string()
      .trim()
      .min(1, '请填写来源文件')
      .max(200, '来源文件不超过200字')
      .describe('来源文件，如 桥头派出所《1-11月警情统计》'),
    sourceDate: isoDate.describe('来源文件日期'),
  })
  .strict();
