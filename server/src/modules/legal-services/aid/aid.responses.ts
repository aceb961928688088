import { z } from 'zod';
import { clockBadgeSchema } from '../../../core/calendar/index.js';
import { aheadSchema, blockedSchema } from '../../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../../core/workflow/path.js';
import { keys } from '../legal-services.schema.js';
import { AID_MATTERS, EXEMPTIONS, MEANS_METHODS } from '../legal-services.vocabulary.js';
import { AID_STATES } from './aid.workflow.js';

/** Response shapes of the 法律援助 endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();

const aidOut = z.object({
  id: z.string(),
  appNo: z.string(),
  applicantName: z.string().describe('乡镇以上查看时为脱敏姓名'),
  applicantPhone: n.describe('脱敏'),
  matter: z.enum(keys(AID_MATTERS)),
  matterLabel: z.string(),
  matterBasis: z.string(),
  summary: z.string(),
  meansMethod: z.enum(keys(MEANS_METHODS)),
  meansMethodLabel: z.string(),
  pledgeSigned: z.boolean(),
  exemption: z.enum(keys(EXEMPTIONS)).nullable(),
  exemptionLabel: n,
  deadlineOn: n,
  urgentPreservation: z.boolean(),
  advanceAllowed: z.boolean().describe('可先行提供法律援助（法律援助法第四十四条）'),
  receivedOn: z.string(),
  status: z.enum(keys(AID_STATES)),
  statusLabel: z.string(),
  centre: n,
  forwardedOn: n,
  decisionDue: n,
  materialsList: z.array(z.string()),
  materialsRequestedOn: n,
  materialsDueOn: n,
  materialsSuppliedOn: n,
  decidedOn: n,
  advanced: z.boolean(),
  refusalReason: n,
  assignDue: n,
  assignedOn: n,
  lawyerName: n,
  lawyerFirm: n,
  objectedOn: n,
  objectionDue: n,
  objectionResult: n,
  objectionDecidedOn: n,
  closedOn: n,
  closingNote: n,
  decisionClock: clockBadgeSchema.nullable(),
  assignClock: clockBadgeSchema.nullable(),
  objectionClock: clockBadgeSchema.nullable(),
});

export const aidListOut = z.object({
  items: z.array(aidOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const aidDetailOut = aidOut.extend({
  abilities: z.array(z.string()).describe('本人当前可执行的步骤'),
  blocked: blockedSchema,
  path: pathSchema,
  ahead: aheadSchema,
});
