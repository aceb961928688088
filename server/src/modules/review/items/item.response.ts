import { z } from 'zod';
import { aheadSchema, blockedSchema } from '../../../core/workflow/blocked.schema.js';
import { clockBadgeSchema } from '../../../core/calendar/index.js';
import { ABILITY_KEYS } from './item.abilities.js';
import { sameOfficeSchema } from './same-office.js';

/** Response shapes of the item API (documented in OpenAPI; the serializer checks them). */

const nul = <T extends z.ZodType>(t: T) => t.nullable();

const listRow = z.object({
  id: z.string(),
  type: z.string(),
  typeLabel: z.string(),
  title: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  channel: z.string(),
  channelLabel: z.string(),
  trackLabel: z.string(),
  org: z.object({ id: z.string(), name: z.string() }),
  conclusion: nul(z.string()),
  conclusionLabel: nul(z.string()),
  docNumber: nul(z.string()),
  reviewerName: nul(z.string()),
  counterparty: nul(z.string()),
  amountFen: nul(z.number()),
  submittedAt: nul(z.string()),
  acceptedOn: nul(z.string()),
  opinionIssuedOn: nul(z.string()),
  decidedOn: nul(z.string()),
  filedOn: nul(z.string()),
  createdAt: z.string(),
  clock: nul(clockBadgeSchema),
  timeliness: z
    .object({
      key: z.enum(['on_time', 'late_town_period', 'late_statutory', 'pending', 'no_period']),
      label: z.string(),
      lateByStatute: z.boolean().describe('仅当法定期限届满后才出具意见时为 true'),
      basis: nul(z.string()),
    })
    .describe('是否按期：本镇设置的期限届满后出具的意见不属于法定逾期'),
});

export const listResponse = z.object({
  items: z.array(listRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  abilities: z.object({ create: z.boolean(), import: z.boolean(), export: z.boolean() }),
});

const supplied = z.object({
  id: z.string(),
  fileId: nul(z.string()),
  fileName: nul(z.string()),
  note: nul(z.string()),
  addedAt: z.string(),
});
const voteCheck = z.object({
  key: z.string(),
  label: z.string(),
  ok: z.boolean(),
  detail: z.string(),
  basis: z.string(),
});
const abilityFlags = z.record(z.enum(ABILITY_KEYS), z.boolean());

export const itemDetail = z.object({
  id: z.string(),
  type: z.string(),
  typeLabel: z.string(),
  title: z.string(),
  summary: nul(z.string()),
  state: z.string(),
  stateLabel: z.string(),
  channel: z.string(),
  channelLabel: z.string(),
  track: z.string(),
  trackLabel: z.string(),
  affectsMarket: z.boolean(),
  version: z.number(),
  org: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  town: z.object({ id: z.string(), name: z.string() }),
  fields: z.record(z.string(), z.unknown()).describe('结构化要素'),
  text: z.string().describe('当前版本全文'),
  versions: z.array(
    z.object({
      version: z.number(),
      source: z.string(),
      note: nul(z.string()),
      createdAt: z.string(),
    }),
  ),
  materials: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      required: z.boolean(),
      basis: nul(z.string()),
      supplied: z.array(supplied),
    }),
  ),
  otherMaterials: z.array(supplied),
  missingMaterials: z.array(z.string()),
  voteChecks: z.array(voteCheck).describe('表决情况与法定人数、三分之二等要求的核对'),
  hits: z.array(
    z.object({
      id: z.string(),
      ruleId: z.string(),
      severity: z.string(),
      title: z.string(),
      clause: z.string(),
      start: z.number(),
      end: z.number(),
      basis: z.string(),
      suggestion: z.string(),
      decision: z.string(),
      decisionLabel: z.string(),
      decisionNote: nul(z.string()),
      findingId: nul(z.string()),
    }),
  ),
  findings: z.array(
    z.object({
      id: z.string(),
      dimension: z.string(),
      dimensionLabel: z.string(),
      clause: nul(z.string()),
      problem: z.string(),
      basis: nul(z.string()),
      suggestion: nul(z.string()),
      hitId: nul(z.string()),
      createdAt: z.string(),
    }),
  ),
  draftOpinion: nul(z.record(z.string(), z.unknown())),
  opinions: z.array(
    z.object({
      id: z.string(),
      version: z.number(),
      conclusion: z.string(),
      conclusionLabel: z.string(),
      checklist: z.record(z.string(), z.string()),
      summary: z.string(),
      bases: z.array(z.string()),
      riskStatement: nul(z.string()),
      reviewerName: z.string(),
      issuedOn: z.string(),
      docNumber: nul(z.string()),
      fileId: nul(z.string()),
      channel: z.string(),
    }),
  ),
  conclusion: nul(z.string()),
  conclusionLabel: nul(z.string()),
  adviserOpinions: z.array(
    z.object({
      id: z.string(),
      version: z.number(),
      adviserName: z.string(),
      text: z.string(),
      fileId: nul(z.string()),
      createdAt: z.string(),
    }),
  ),
  coReviews: z.array(
    z.object({
      id: z.string(),
      reason: z.string(),
      requestedAt: z.string(),
      pausedClock: z.boolean(),
      responderName: nul(z.string()),
      response: nul(z.string()),
      respondedAt: nul(z.string()),
    }),
  ),
  feedback: nul(
    z.object({
      adoption: z.string(),
      adoptionLabel: z.string(),
      note: nul(z.string()),
      at: nul(z.string()),
    }),
  ),
  decision: nul(
    z.object({
      kind: z.string(),
      kindLabel: z.string(),
      decidedOn: nul(z.string()),
      facts: z.record(z.string(), z.unknown()),
    }),
  ),
  filingTarget: nul(z.string()),
  filingTargetLabel: nul(z.string()),
  filing: nul(
    z.object({
      id: z.string(),
      target: z.string(),
      targetOrgName: z.string(),
      filedOn: z.string(),
      fileId: nul(z.string()),
      note: nul(z.string()),
      dueDate: nul(z.string()),
      onTime: nul(z.boolean()),
    }),
  ),
  clock: nul(clockBadgeSchema),
  filingClock: nul(clockBadgeSchema),
  fcrId: nul(z.string()),
  fcrOutcome: nul(z.string()),
  majorDecision: nul(
    z.object({
      id: z.string(),
      title: z.string(),
      state: z.string(),
      stateLabel: z.string(),
    }),
  ).describe('关联重大行政决策（本镇的决策事项送审时）'),
  steps: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      fromState: nul(z.string()),
      toState: z.string(),
      toStateLabel: z.string(),
      version: z.number(),
      actorName: nul(z.string()),
      at: z.string(),
      note: nul(z.string()),
      basis: nul(z.string()),
    }),
  ),
  submittedAt: nul(z.string()),
  acceptedOn: nul(z.string()),
  sameOffice: sameOfficeSchema,
  createdAt: z.string(),
  abilities: abilityFlags.describe('本人可执行的操作'),
  blocked: blockedSchema,
  ahead: aheadSchema,
});
