import { z } from 'zod';
import { aheadSchema, blockedSchema } from '../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../core/workflow/path.js';
import { DECISION_STATES, type DecisionState } from './decision.workflow.js';
import {
  ADOPTION_KEYS,
  CATALOGUE_STATES,
  CHANGE_KINDS,
  FCR_CONCLUSIONS,
  MATERIALS,
  MODERATIONS,
  NOTICE_KINDS,
  PROCEDURE_KEYS,
  RISK_LEVELS,
} from './decisions.vocabulary.js';

/** Response shapes of the 重大行政决策 endpoints, staff and portal (documented in OpenAPI from here). */

const n = z.string().nullable();
const labels = z.record(z.string(), z.string());
const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const states = z.enum(keys(DECISION_STATES) as [DecisionState, ...DecisionState[]]);

export const createdOut = z.object({ id: z.string() });

export const vocabularyOut = z.object({
  procedures: labels,
  materials: labels,
  adoptions: labels,
  riskLevels: labels,
  fcrConclusions: labels,
  catalogueStates: labels,
  states: labels,
});

const catalogueOut = z.object({
  id: z.string(),
  year: z.number(),
  status: z.enum(keys(CATALOGUE_STATES)),
  statusLabel: z.string(),
  approvedOn: n,
  approvedBy: n,
  publishedOn: n,
  entries: z.array(
    z.object({
      id: z.string(),
      seq: z.number(),
      title: z.string(),
      decisionBody: z.string(),
      leadOffice: z.string(),
      partners: n,
      legalBasis: z.string(),
      procedures: z.array(z.enum(PROCEDURE_KEYS)),
      proceduresText: z.string(),
      plannedBy: z.string(),
      affectsMarket: z.boolean(),
      withdrawn: z.boolean(),
      decision: z
        .object({
          id: n.describe('门户不提供'),
          status: states,
          statusLabel: z.string(),
          publishedOn: n,
        })
        .nullable()
        .describe('已据此事项提出的决策'),
    }),
  ),
  changes: z
    .array(
      z.object({
        id: z.string(),
        entryId: z.string(),
        title: z.string(),
        kind: z.enum(keys(CHANGE_KINDS)),
        kindLabel: z.string(),
        reason: z.string(),
        before: z.record(z.string(), z.unknown()).nullable(),
        after: z.record(z.string(), z.unknown()),
        changedOn: z.string(),
      }),
    )
    .describe('目录调整记录（留存调整前后内容）'),
});

export const cataloguesOut = z.object({ town: z.string(), items: z.array(catalogueOut) });

export const publicCatalogueOut = catalogueOut.extend({ town: z.string(), basis: z.string() });

const draftOut = z
  .object({
    id: z.string(),
    version: z.number(),
    title: z.string(),
    explanation: n,
    createdOn: z.string(),
    articles: z.array(
      z.object({ id: z.string(), seq: z.number(), heading: z.string(), text: z.string() }),
    ),
  })
  .nullable()
  .describe('当前版本的决策草案（按条），尚未登记时为空');

const tally = {
  total: z.number(),
  adopted: z.number(),
  partly: z.number(),
  not_adopted: z.number(),
  unanswered: z.number(),
};

const adoptionOut = z
  .object({
    ...tally,
    text: z.string(),
    articles: z.array(z.object({ articleId: n, heading: z.string(), ...tally })),
  })
  .describe('公众意见采纳情况（按条和按答复）');

const decisionOut = z.object({
  id: z.string(),
  entryId: z.string(),
  title: z.string(),
  status: states,
  statusLabel: z.string(),
  affectsMarket: z.boolean(),
  riskRequired: z.boolean(),
  proposedOn: z.string(),
  launchedOn: n,
  leadOffice: n,
  participationWithheld: z.boolean(),
  withheldReason: n,
  commentOpensOn: n,
  commentClosesOn: n,
  shortPeriodReason: n,
  commentClosedOn: n,
  expertSummary: n,
  riskLevel: z.enum(keys(RISK_LEVELS)).nullable(),
  riskLevelLabel: n,
  riskReport: n,
  fcrConclusion: z.enum(keys(FCR_CONCLUSIONS)).nullable(),
  fcrConclusionLabel: n,
  fcrNote: n,
  reviewItemId: n,
  partyReportedOn: n,
  meetingName: n,
  meetingOn: n,
  materials: z.array(z.object({ key: z.enum(keys(MATERIALS)), label: z.string() })),
  opinions: z.array(z.object({ member: z.string(), opinion: z.string() })),
  headSpokeLast: z.boolean().nullable(),
  departsFromMajority: z.boolean().nullable(),
  departureReason: n,
  dissent: n,
  decidedOn: n,
  decisionText: n,
  publishedOn: n,
  publicationNote: n,
  implementingUnit: n,
  evaluationNote: n,
  changedOn: n,
  changeReason: n,
});

export const decisionListOut = z.object({
  items: z.array(decisionOut.extend({ year: z.number() })),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const decisionDetailOut = decisionOut.extend({
  entry: z.object({
    title: z.string(),
    leadOffice: z.string(),
    procedures: z.array(z.string()),
    plannedBy: z.string(),
    legalBasis: z.string(),
    year: z.number(),
    catalogueId: z.string(),
  }),
  draft: draftOut,
  legality: z
    .object({
      id: z.string(),
      title: z.string(),
      type: z.string(),
      townId: z.string(),
      state: z.string(),
      stateLabel: z.string(),
      conclusion: n,
      conclusionLabel: n,
      opinionIssuedOn: n,
      passed: z.boolean().describe('审查意见允许提交集体讨论'),
      filedOn: n,
    })
    .nullable()
    .describe('关联的合法性审查事项'),
  adoption: adoptionOut,
  abilities: z.array(z.string()).describe('本人当前可执行的步骤'),
  blocked: blockedSchema,
  notices: z.array(
    z.object({
      kind: z.enum(NOTICE_KINDS),
      label: z.string(),
      basis: z.string(),
      issued: z
        .object({ docNumber: z.string(), fileId: z.string(), issuedOn: z.string() })
        .nullable(),
      outdated: n.describe('已发布的公告为何已不再准确（听证会改期），可重新发布'),
      superseded: z
        .array(
          z.object({
            docNumber: z.string(),
            fileId: z.string(),
            issuedOn: z.string(),
            supersededOn: z.string(),
            supersededBy: z.string(),
          }),
        )
        .describe('被后发文号取代的同类公告'),
      canIssue: z.boolean(),
      blocked: n.describe('尚不能发布的原因（所公告的环节尚未进行）'),
    }),
  ),
  path: pathSchema,
  ahead: aheadSchema,
});

export const commentsOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      draftVersion: z.number(),
      articleId: n,
      article: z.string(),
      body: z.string(),
      name: n.describe('乡镇以上查看时为脱敏姓名'),
      phone: n.describe('脱敏手机号'),
      phoneVerified: z.boolean().describe('已通过短信验证码核实手机号'),
      submittedAt: z.string(),
      moderation: z.enum(keys(MODERATIONS)),
      moderationLabel: z.string(),
      adoption: z.enum(ADOPTION_KEYS).nullable(),
      adoptionLabel: n,
      answer: n,
    }),
  ),
  summary: adoptionOut,
});

const figure = z.object({ count: z.number(), definition: z.string() });

export const statsOut = z.object({
  year: z.number(),
  town: z.string(),
  catalogue: z.object({ entries: z.number(), publishedOn: n }),
  made: figure,
  filed: figure,
  published: figure,
  participation: figure,
});

export const settingsOut = z.object({
  town: z.object({ id: z.string(), name: z.string() }),
  commentSmsRequired: z.boolean().describe('公众提出意见前须短信验证手机号'),
  basis: z.string(),
  updatedAt: n,
});

export const publicDecisionsOut = z.object({
  town: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: states,
      statusLabel: z.string(),
      commentOpensOn: n,
      commentClosesOn: n,
      commentOpen: z.boolean(),
      publishedOn: n,
    }),
  ),
});

export const publicDecisionOut = z.object({
  town: z.string(),
  id: z.string(),
  title: z.string(),
  status: states,
  statusLabel: z.string(),
  commentOpensOn: n,
  commentClosesOn: n,
  shortPeriodReason: n,
  commentOpen: z.boolean(),
  commentSmsRequired: z.boolean().describe('提出意见须填写姓名并短信验证手机号'),
  commentRule: z.string(),
  draft: draftOut,
  comments: z.array(
    z.object({
      id: z.string(),
      articleId: n,
      body: z.string(),
      name: z.string(),
      submittedOn: z.string(),
      adoptionLabel: n,
      answer: n,
    }),
  ),
  decision: z
    .object({
      decidedOn: n,
      decisionText: n,
      publishedOn: n,
      note: n,
      adoption: adoptionOut,
      basis: z.string(),
    })
    .nullable()
    .describe('决策公布后提供'),
});

export const legalityCandidatesOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      state: z.string(),
      stateLabel: z.string(),
      conclusionLabel: n,
      opinionIssuedOn: n,
    }),
  ),
});
