import { z } from 'zod';
import { clockBadgeSchema } from '../../core/calendar/index.js';
import { aheadSchema, blockedSchema } from '../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../core/workflow/path.js';
import { LITIGATION_STATES, type LitigationState } from './case.workflow.js';
import {
  APPEALED_BY,
  DECISION_FORMS,
  KIND_KEYS,
  MANDATORY_REASONS,
  OUTCOME_KEYS,
  type AppealedBy,
  type DecisionForm,
  type MandatoryReason,
} from './litigation.vocabulary.js';

/** Response shapes of the 行政复议与行政应诉 endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();
const labels = z.record(z.string(), z.string());
const keysOf = <K extends string>(o: Record<K, unknown>) => Object.keys(o) as [K, ...K[]];
const states = z.enum(keysOf<LitigationState>(LITIGATION_STATES));

export const vocabularyOut = z.object({
  kinds: labels,
  reviewOutcomes: z.record(z.string(), z.object({ label: z.string(), basis: z.string() })),
  courtOutcomes: z.record(z.string(), z.object({ label: z.string(), basis: z.string() })),
  decisionForms: labels,
  appealedBy: labels,
  mandatoryReasons: labels,
  states: labels,
});

const caseOut = z.object({
  id: z.string(),
  kind: z.enum(KIND_KEYS),
  kindLabel: z.string(),
  caseNo: z.string(),
  title: z.string(),
  claimantName: z.string().describe('乡镇以上查看自然人时为脱敏姓名'),
  claimantIsPerson: z.boolean(),
  respondent: z.string(),
  entrustingBody: n,
  reviewBody: z.string(),
  afterReconsideration: z.boolean(),
  coDefendant: n,
  disclosureRelated: z.boolean(),
  simplified: z.boolean(),
  department: n,
  receivedOn: z.string(),
  answerDue: z.string(),
  appearanceMandatory: z.boolean(),
  mandatoryReason: z.enum(keysOf<MandatoryReason>(MANDATORY_REASONS)).nullable(),
  mandatoryReasonLabel: n,
  status: states,
  statusLabel: z.string(),
  consultedOn: n,
  consultAttendees: z.array(z.string()),
  consultAnalysis: n,
  consultDecision: n,
  answeredOn: n,
  answerLate: z.boolean(),
  hearingOn: n,
  leaderAppeared: z.boolean().nullable(),
  leaderName: n,
  leaderTitle: n,
  standIns: n,
  absenceExplanation: n,
  outcome: z
    .enum(OUTCOME_KEYS)
    .nullable()
    .describe('法定结果（取值见 reviewOutcomes、courtOutcomes）'),
  outcomeLabel: n,
  outcomeBasis: n,
  corrected: z.boolean().describe('复议纠错'),
  lost: z.boolean().describe('诉讼败诉'),
  decisionForm: z.enum(keysOf<DecisionForm>(DECISION_FORMS)).nullable(),
  decisionFormLabel: n,
  concludedOn: n,
  appealDue: n,
  appealedOn: n,
  appealedBy: z.enum(keysOf<AppealedBy>(APPEALED_BY)).nullable(),
  appealedByLabel: n,
  answerFileId: n,
  evaluatedOn: n,
  evaluation: n,
  rectificationDept: n,
  rectificationMeasures: n,
  rectifiedOn: n,
  rectificationResult: n,
  answerClock: clockBadgeSchema.nullable().describe('答复/答辩期限'),
});

export const caseListOut = z.object({
  items: z.array(caseOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const caseDetailOut = caseOut.extend({
  appealClock: clockBadgeSchema.nullable().describe('上诉期限'),
  consultations: z.array(
    z.object({
      id: z.string(),
      heldOn: z.string(),
      stage: states,
      stageLabel: z.string(),
      attendees: z.array(z.string()),
      analysis: z.string(),
      decision: z.string(),
    }),
  ),
  abilities: z.array(z.string()).describe('本人当前可执行的步骤'),
  blocked: blockedSchema,
  path: pathSchema,
  ahead: aheadSchema,
});

const rate = z.object({
  numerator: z.number(),
  denominator: z.number(),
  rate: z.number().nullable().describe('百分比，分母为零时为空'),
  definition: z.string(),
  asOf: z.string(),
});

export const statsOut = z.object({
  year: z.number(),
  town: z.string(),
  asOf: z.string(),
  filed: z.object({
    reconsiderations: z.number(),
    lawsuits: z.number(),
    definition: z.string(),
  }),
  corrections: z.object({ count: z.number(), definition: z.string() }),
  appearanceRate: rate,
  correctionRate: rate,
  lossRate: rate,
});
