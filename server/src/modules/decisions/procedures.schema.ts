import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import {
  RISK_GRADES,
  RISK_LEVELS,
  type RiskGrade,
  type RiskLevel,
} from './decisions.vocabulary.js';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`).describe(label);
const keys = <T extends string>(o: Record<T, string>) => Object.keys(o) as [T, ...T[]];
const uuid = (label: string) => z.string().uuid(`${label}格式有误`).describe(label);

export const expertParams = z.object({ id: uuid('决策编号'), expertId: uuid('专家') }).strict();
export const poolQuery = z
  .object({ orgId: z.string().uuid().optional().describe('乡镇（上级机关工作人员选择）') })
  .strict();

export const hearingBody = z
  .object({
    hearingOn: isoDate.describe('听证会日期'),
    place: text('听证地点', 200),
    matters: text('听证事项', 2000),
    selectionRule: text('听证参加人遴选办法', 2000),
    participants: z
      .array(z.object({ name: text('参加人', 30), role: text('身份或代表方', 60) }).strict())
      .min(1, '请填写听证参加人名单')
      .max(100)
      .describe('听证参加人名单（提前向社会公布）'),
    announcedOn: isoDate.describe('公布听证时间地点、遴选办法和参加人名单的日期'),
    materialsSentOn: isoDate.describe('听证会材料送达参加人的日期（听证会7日前）'),
  })
  .strict();
export const hearingRecordBody = z
  .object({
    record: text('听证会记录（经参加人确认签字）', 20000),
    recordedOn: isoDate.describe('记录确认日期'),
  })
  .strict();

export const poolExpertBody = z
  .object({
    name: text('姓名', 30),
    field: text('专业领域', 60),
    employer: text('工作单位', 100),
  })
  .strict();
export const conflictBody = z
  .object({
    expertId: uuid('专家'),
    reason: text('利害关系说明', 1000),
    declaredOn: isoDate.describe('声明日期'),
  })
  .strict();
export const chooseExpertsBody = z
  .object({
    expertIds: z.array(uuid('专家')).min(1, '请至少选择一位专家').max(20).describe('选择的专家'),
    chosenOn: isoDate.describe('选择日期'),
  })
  .strict();
export const opinionBody = z
  .object({
    opinion: text('书面论证意见', 8000),
    signedOn: isoDate.describe('专家署名日期'),
  })
  .strict();

export const riskReportBody = z
  .object({
    points: text('风险点', 4000),
    measures: text('风险防范措施', 4000),
    plan: text('处置预案', 4000),
    conclusion: z.enum(keys<RiskLevel>(RISK_LEVELS)).describe('评估结论（风险是否可控）'),
    grade: z.enum(keys<RiskGrade>(RISK_GRADES)).describe('风险等级'),
    assessor: text('评估单位', 100),
    reportedOn: isoDate.describe('报告日期'),
  })
  .strict();

const expert = z.object({
  id: z.string(),
  name: z.string(),
  field: z.string(),
  employer: z.string(),
});
export const expertPoolResponse = z.object({ items: z.array(expert) });
export const expertResponse = expert;

const nullable = <T extends z.ZodTypeAny>(t: T) => t.nullable();
export const proceduresResponse = z.object({
  required: z.object({ hearing: z.boolean(), experts: z.boolean(), risk: z.boolean() }),
  hearing: nullable(
    z.object({
      hearingOn: z.string(),
      place: z.string(),
      matters: z.string(),
      selectionRule: z.string(),
      participants: z.array(z.object({ name: z.string(), role: z.string() })),
      announcedOn: z.string(),
      materialsSentOn: z.string(),
      /** The last day the materials could be sent (第十六条). */
      materialsDueBy: z.string(),
      record: z.string().nullable(),
      recordedOn: z.string().nullable(),
    }),
  ),
  experts: z.array(
    expert.extend({
      chosenOn: z.string(),
      opinion: z.string().nullable(),
      signedOn: z.string().nullable(),
    }),
  ),
  candidates: z.array(
    expert.extend({
      conflict: z.enum(['declared', 'same_employer']).nullable(),
      conflictLabel: z.string().nullable(),
      conflictReason: z.string().nullable(),
    }),
  ),
  riskReport: nullable(
    z.object({
      points: z.string(),
      measures: z.string(),
      plan: z.string(),
      conclusion: z.enum(keys<RiskLevel>(RISK_LEVELS)),
      conclusionLabel: z.string(),
      grade: z.enum(keys<RiskGrade>(RISK_GRADES)),
      gradeLabel: z.string(),
      assessor: z.string(),
      reportedOn: z.string(),
    }),
  ),
});
