import { z } from 'zod';

const year = z.coerce.number().int().min(2000).max(2100).describe('年度');
const light = z.enum(['green', 'yellow', 'red']).describe('绿：正常；黄：需关注；红：需督办');
const link = z.object({ api: z.string(), web: z.string() });

export const cockpitQuery = z
  .object({
    year,
    orgId: z.string().uuid('乡镇编号格式有误').optional().describe('乡镇（上级机关工作人员选择）'),
  })
  .strict();

export const cockpitTownsQuery = z
  .object({
    year,
    indicator: z.string().min(1).max(80).optional().describe('排名的指标键（默认第一个指标）'),
  })
  .strict();

const openItems = z.object({
  subjectType: z.string().describe('期限时钟所属事项类型'),
  module: z.string().describe('模块'),
  open: z.number().int().describe('在办（期限计算中或中止）'),
  overdue: z.number().int().describe('已超期'),
  light,
  web: z.string().nullable().describe('事项列表页'),
});

export const cockpitResponse = z.object({
  year: z.number().int(),
  townId: z.string(),
  town: z.string(),
  day: z.string().describe('统计日'),
  modules: z.array(openItems),
  indicators: z.array(
    z.object({
      key: z.string(),
      figure: z.string().optional(),
      name: z.string(),
      unit: z.enum(['count', 'yuan', 'percent']),
      module: z.string(),
      source: z.enum(['computed', 'entered']),
      value: z.number().nullable(),
      previous: z.number().nullable().describe('上年同期'),
      change: z.number().nullable(),
      light: light.nullable().describe('无上年或本年数值时为空'),
      drillDown: link.nullable(),
    }),
  ),
  months: z.array(z.string()).describe('YYYY-MM'),
  trends: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      countedOn: z.string().describe('按哪个日期计月'),
      api: z.string(),
      web: z.string(),
      counts: z.array(z.number().int()).describe('按月件数，与 months 对应'),
    }),
  ),
});

const townRef = { townId: z.string(), name: z.string(), statusLabel: z.string() };

export const cockpitTownsResponse = z.object({
  year: z.number().int(),
  day: z.string(),
  indicator: z.object({
    key: z.string(),
    figure: z.string().optional(),
    name: z.string(),
    unit: z.string(),
    source: z.string(),
  }),
  indicators: z.array(
    z.object({
      key: z.string(),
      figure: z.string().optional(),
      name: z.string(),
      unit: z.string(),
      source: z.string(),
    }),
  ),
  towns: z.array(
    z.object({
      ...townRef,
      value: z.number().nullable(),
      rank: z.number().int().nullable().describe('1 为最好；无数值不排名'),
      open: z.number().int(),
      overdue: z.number().int(),
      light,
      submitted: z.boolean().describe('年度报告已报送'),
      reportedAt: z.string().nullable(),
    }),
  ),
  notSubmitted: z.array(z.object(townRef)).describe('尚未报送年度报告的乡镇'),
});
