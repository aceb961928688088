import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { pageQuery } from '../../../core/http/paging.js';
import { HAZARD_STATES, type HazardState } from './hazard.workflow.js';
import { KIND_KEYS } from './inspection.vocabulary.js';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`).describe(label);
const uuid = (label: string) => z.string().uuid(`${label}格式有误`).describe(label);

export const inspectionParams = z.object({ id: uuid('检查记录编号') }).strict();
export const hazardParams = z.object({ id: uuid('隐患编号') }).strict();

export const newInspectionBody = z
  .object({
    kind: z.enum(KIND_KEYS).describe('检查类别：安全生产 / 消防安全 / 学校食堂'),
    inspectedOn: isoDate.describe('检查日期'),
    subjectName: text('被检查单位', 200),
    subjectAddress: text('地址', 200).optional(),
    contactPerson: text('被检查单位负责人', 50).optional(),
    checklist: z
      .array(
        z
          .object({
            item: z.string().max(40).describe('检查项'),
            passed: z.boolean().describe('是否符合'),
            note: z.string().trim().max(500).optional().describe('发现的问题'),
          })
          .strict(),
      )
      .max(20)
      .describe('检查表：每项是否符合'),
    departments: z
      .array(text('参加部门', 60))
      .max(10)
      .default([])
      .describe('综合查一次：一同参加检查的部门'),
    inspectors: text('检查人员', 200),
    findings: text('检查情况及处理', 4000).optional(),
  })
  .strict();

export const inspectionListQuery = z
  .object({
    kind: z.enum(KIND_KEYS).optional().describe('检查类别'),
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('检查年度'),
  })
  .merge(pageQuery)
  .strict();

export const photoBody = z.object({ fileId: uuid('照片（已上传文件）编号') }).strict();

export const newHazardBody = z
  .object({
    inspectionId: uuid('检查记录编号').optional().describe('发现隐患的检查记录'),
    subjectName: text('隐患单位', 200),
    description: text('隐患描述', 2000),
    level: z.enum(['general', 'major']).describe('一般事故隐患 / 重大事故隐患'),
  })
  .strict();

const states = Object.keys(HAZARD_STATES) as [HazardState, ...HazardState[]];
const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();
export const hazardListQuery = z
  .object({
    status: z.enum(states).optional().describe('状态'),
    overdue: flag.describe('仅逾期未整改'),
    supervised: flag.describe('仅挂牌督办'),
  })
  .merge(pageQuery)
  .strict();

const deadline = {
  deadline: isoDate.optional().describe('整改期限（日期）'),
  workingDays: z
    .number()
    .int()
    .min(1)
    .max(250)
    .optional()
    .describe('或：自今日起若干个工作日（按工作日历计算）'),
};
export const orderBody = z
  .object({ ...deadline, note: text('整改要求', 2000).optional() })
  .strict();
export const superviseBody = z.object({ ...deadline, body: text('督办单位', 100) }).strict();
export const recheckBody = z
  .object({
    passed: z.boolean().describe('复查是否合格（隐患已排除）'),
    note: text('复查意见', 2000).optional(),
  })
  .strict();
export const escalateBody = z.object({ caseId: uuid('案件编号') }).strict();
export const hazardNoteBody = z.object({ note: text('说明', 2000).optional() }).strict();
export const emptyHazardBody = z.object({}).strict();
export const statsYearQuery = z
  .object({ year: z.coerce.number().int().min(2000).max(2100).describe('年度') })
  .strict();
