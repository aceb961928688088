import { z } from 'zod';
import { aheadSchema, blockedSchema } from '../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../core/workflow/path.js';
import { LAW_REPORT_STATES, type LawReportState } from './report.workflow.js';

/** Response shapes of the 法治指标 and 年度报告 endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();
const num = z.number().nullable();
const unit = z.enum(['count', 'yuan', 'percent']).describe('件/个、元、百分比');
const source = z.enum(['computed', 'entered']).describe('系统计算或人工录入');
const states = Object.keys(LAW_REPORT_STATES) as [LawReportState, ...LawReportState[]];

const indicatorOut = z.object({
  key: z.string(),
  figure: z.string().optional().describe('年度报告中对应的数字编号'),
  name: z.string(),
  definition: z.string(),
  unit,
  period: z.enum(['year', 'cutOff']).describe('全年或截至报告截止日'),
  module: z.string(),
  source,
  from: z.string(),
  to: z.string(),
  numerator: num,
  denominator: num,
  value: num,
  previous: num.describe('上年同期'),
  change: num,
  entry: z
    .object({
      value: z.number(),
      sourceDocument: z.string(),
      sourceDate: z.string(),
      enteredAt: z.string(),
    })
    .nullable()
    .describe('录入值及其来源文件'),
  drillDown: z.object({ api: z.string(), web: z.string() }).nullable(),
});

export const indicatorSetOut = z.object({
  year: z.number(),
  town: z.string(),
  townId: z.string(),
  cutOffOn: z.string(),
  computedAt: z.string(),
  indicators: z.array(indicatorOut),
});

export const townsOut = z.object({
  year: z.number(),
  indicators: z.array(
    indicatorOut.pick({ key: true, figure: true, name: true, unit: true, source: true }),
  ),
  towns: z.array(
    z.object({
      townId: z.string(),
      name: z.string(),
      status: z.enum(states).nullable(),
      statusLabel: z.string(),
      submitted: z.boolean().describe('已报送上级'),
      reportedAt: n,
      values: z.record(z.string(), num),
    }),
  ),
});

export const lawReportOut = z.object({
  id: n.describe('尚未保存时为空'),
  year: z.number(),
  town: z.string(),
  townId: z.string(),
  title: z.string(),
  status: z.enum(states),
  statusLabel: z.string(),
  cutOffOn: z.string(),
  publishedAt: n,
  reportedAt: n,
  docxFileId: n,
  blocks: z.array(
    z.object({
      id: n,
      kind: z.enum(['heading1', 'heading2', 'paragraph']),
      text: z.string().describe('含占位符的正文'),
      rendered: z.string().describe('印制时的正文'),
    }),
  ),
  check: z.object({
    typed: z.array(z.object({ paragraphId: z.string(), text: z.string(), context: z.string() })),
    placeholders: z.array(
      z.object({
        paragraphId: z.string(),
        kind: z.enum(['unknown', 'missing', 'modifier', 'unclosed']),
        key: z.string(),
        message: z.string(),
      }),
    ),
    problems: z.number(),
    firstProblem: n,
  }),
  abilities: z.array(z.string()).describe('本人当前可执行的步骤'),
  blocked: blockedSchema,
  path: pathSchema,
  ahead: aheadSchema,
});

export const portalReportsOut = z.object({
  items: z.array(z.object({ year: z.number(), title: z.string(), publishedAt: n })),
});
