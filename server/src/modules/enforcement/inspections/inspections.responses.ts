import { z } from 'zod';
import { aheadSchema, blockedSchema } from '../../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../../core/workflow/path.js';
import { HAZARD_STATES, type HazardState } from './hazard.workflow.js';
import { attachmentSchema } from '../../../core/files/attachment.schema.js';

/** Response shapes of the 检查记录 and 事故隐患 endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();
const labels = z.record(z.string(), z.string());
const states = Object.keys(HAZARD_STATES) as [HazardState, ...HazardState[]];
const paging = { total: z.number(), page: z.number(), pageSize: z.number() };

export const vocabularyOut = z.object({
  kinds: labels,
  checklists: z.record(z.string(), labels).describe('按检查类别的检查表项目'),
  levels: labels,
  states: labels,
});

const inspectionOut = z.object({
  id: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  inspectedOn: z.string(),
  subjectName: z.string(),
  subjectAddress: n,
  contactPerson: n.describe('乡镇以上为脱敏姓名'),
  checklist: z.array(
    z.object({
      item: z.string(),
      passed: z.boolean(),
      note: z.string().optional(),
      label: z.string(),
    }),
  ),
  failedItems: z.number(),
  joint: z.boolean().describe('综合查一次（联合检查）'),
  departments: z.array(z.string()),
  inspectors: z.string(),
  findings: n,
});

export const inspectionListOut = z.object({ items: z.array(inspectionOut), ...paging });

export const inspectionDetailOut = inspectionOut.extend({
  photos: z.array(attachmentSchema.extend({ ownerId: n })),
});

const hazardOut = z.object({
  id: z.string(),
  inspectionId: n,
  subjectName: z.string(),
  description: z.string(),
  level: z.string(),
  levelLabel: z.string(),
  status: z.enum(states),
  statusLabel: z.string(),
  foundOn: z.string(),
  orderedOn: n,
  deadline: n.describe('整改期限'),
  rectifyingOn: n,
  recheckedOn: n,
  recheckPassed: z.boolean(),
  recheckNote: n,
  closedOn: n,
  caseId: n.describe('移送立案的处罚案件'),
  supervisedOn: n,
  supervisionBody: n,
  supervisionDeadline: n,
  overdue: z.boolean(),
  overdueWorkingDays: z.number().nullable().describe('逾期的工作日数'),
});

export const hazardListOut = z.object({ items: z.array(hazardOut), ...paging });

export const hazardDetailOut = hazardOut.extend({
  abilities: z.array(z.string()).describe('本人当前可执行的步骤'),
  blocked: blockedSchema,
  path: pathSchema,
  ahead: aheadSchema,
});

export const inspectionStatsOut = z.object({
  year: z.number(),
  inspections: z.number(),
  canteenInspections: z.number(),
  jointInspections: z.number(),
  hazards: z.number(),
  hazardsClosed: z.number(),
  supervised: z.number(),
  supervisedCleared: z.number(),
  escalated: z.number(),
  openNow: z.number(),
  overdueNow: z.number(),
});
