import { z } from 'zod';
import { pageQuery } from '../../../core/http/paging.js';
import { aheadSchema, blockedSchema } from '../../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../../core/workflow/path.js';
import { PLAN_STATES, type PlanState } from './plan.workflow.js';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`).describe(label);
const year = z.coerce.number().int().min(2000, '年度有误').max(2100, '年度有误');
const states = Object.keys(PLAN_STATES) as [PlanState, ...PlanState[]];

export const planParams = z.object({ id: z.string().uuid('抽查计划编号格式有误') }).strict();

export const newPlanBody = z
  .object({
    name: text('计划名称', 100),
    year: year.describe('年度'),
    period: text('抽查时段（如第二季度）', 40),
    matter: text('抽查事项', 200),
    legalBasis: text('检查依据', 500),
    objects: z
      .array(text('检查对象名称', 200))
      .min(1, '请填写检查对象名录')
      .max(1000, '检查对象名录不超过1000个')
      .describe('检查对象名录（企业、单位等，每项一个名称）'),
    drawCount: z.number().int().min(1, '抽取数量至少为1').describe('抽取的检查对象数'),
    officersPerInspection: z
      .number()
      .int()
      .min(1)
      .max(10, '每次检查的执法人员不超过10人')
      .describe('每次检查选派的执法人员数（行政处罚法第四十二条：不得少于两人）'),
  })
  .strict();

export const planListQuery = z
  .object({
    year: year.optional().describe('年度'),
    status: z.enum(states).optional().describe('状态'),
  })
  .merge(pageQuery)
  .strict();

export const emptyPlanBody = z.object({}).strict();

const officerOut = z.object({ name: z.string(), certNo: z.string().describe('执法证号') });

const planOut = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number(),
  period: z.string(),
  matter: z.string(),
  legalBasis: z.string(),
  objects: z.array(z.string()).describe('检查对象名录'),
  drawCount: z.number(),
  officersPerInspection: z.number(),
  status: z.enum(states),
  statusLabel: z.string(),
  publishedOn: z.string().nullable(),
  basis: z.string().describe('双随机、一公开的依据'),
  draw: z
    .object({
      seed: z.string().describe('随机种子：以同一种子、名录和候选人员重新抽取，结果相同'),
      drawnOn: z.string().nullable(),
      candidates: z.array(officerOut).describe('抽取时持有效执法证的候选人员（按抽取顺序）'),
      inspections: z.array(z.object({ object: z.string(), officers: z.array(officerOut) })),
      reproducible: z.boolean().describe('按记录的种子重新抽取，结果与记录一致'),
    })
    .nullable()
    .describe('抽取结果（未抽取时为空）'),
});

export const planDetailOut = planOut.extend({
  abilities: z.array(z.string()).describe('本人当前可执行的操作'),
  blocked: blockedSchema,
  path: pathSchema,
  ahead: aheadSchema,
});

export const planPageOut = z.object({
  items: z.array(planOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const publicPlanPageOut = planPageOut.extend({ town: z.string() });
