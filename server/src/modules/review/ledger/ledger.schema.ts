import { z } from 'zod';
import { ITEM_TYPE_KEYS, type ItemType } from '../review.enums.js';
import { clockBadgeSchema } from '../../../core/calendar/index.js';
import { townFilter } from '../../orgs/orgs.public.js';

/** Requests and responses of the ledgers, statistics and dashboard. */

export const statsQuery = z
  .object({
    year: z.coerce
      .number()
      .int()
      .min(2000, '年份无效')
      .max(2100, '年份无效')
      .describe('统计年度，如 2024'),
    orgId: townFilter,
  })
  .strict();

export const dashboardQuery = z.object({ orgId: townFilter }).strict();

export const filingsQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    target: z
      .enum(['county', 'town'])
      .optional()
      .describe('county 县级合法性审查中心；town 镇人民政府（村规民约）'),
    type: z.enum(ITEM_TYPE_KEYS as [ItemType, ...ItemType[]]).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    format: z.enum(['json', 'xlsx']).default('json'),
    orgId: townFilter,
  })
  .strict();

const count = z.number().int();
const fraction = z.number().nullable().describe('比率（0–1），无分母时为 null');

export const statsResponse = z.object({
  year: z.number(),
  asOf: z.string(),
  years: z.array(z.number()).describe('有审查记录的年度'),
  report: z
    .object({
      contracts: count,
      villageRules: count,
      majorDecisionFilings: count,
      other: count,
      offlineVillageContracts: count,
    })
    .describe(
      '年度报告口径：合同类、村规民约、重大行政决策备案审查、其他事项（省级平台），线下村级合同',
    ),
  reviewedOnPlatform: count,
  byType: z.array(
    z.object({ type: z.string(), label: z.string(), platform: count, offline: count }),
  ),
  byMonth: z.array(z.object({ month: z.string(), count })),
  byOrg: z.array(
    z.object({
      orgId: z.string(),
      name: z.string(),
      kind: z.string(),
      platform: count,
      offline: count,
    }),
  ),
  conclusions: z.array(z.object({ conclusion: z.string(), label: z.string(), count })),
  coverage: z
    .object({ decided: count, reviewedBeforeDecision: count, rate: fraction })
    .describe('应审尽审率'),
  averageWorkingDaysToOpinion: z
    .number()
    .nullable()
    .describe('受理至出具意见的平均工作日（扣除暂停）'),
  onTime: z.object({ closed: count, onTime: count, rate: fraction }),
  filings: z.object({
    total: count,
    county: count,
    town: count,
    villageRulesOnTime: count,
    villageRulesDue: count,
  }),
  rules: z.array(
    z.object({
      ruleId: z.string(),
      title: z.string(),
      hits: count,
      accepted: count,
      dismissed: count,
      pending: count,
      precision: fraction,
    }),
  ),
});

export const dashboardResponse = z.object({
  asOf: z.string(),
  byState: z.array(z.object({ state: z.string(), label: z.string(), count })),
  deadlineCounts: z.object({ overdue: count, due_soon: count, on_track: count, paused: count }),
  deadlines: z.array(
    z.object({
      itemId: z.string(),
      title: z.string(),
      typeLabel: z.string(),
      orgName: z.string(),
      stateLabel: z.string(),
      kind: z.string(),
      clock: clockBadgeSchema,
    }),
  ),
});

export const filingRow = z.object({
  id: z.string(),
  itemId: z.string(),
  target: z.string(),
  targetLabel: z.string(),
  filedOn: z.string(),
  dueDate: z.string().nullable(),
  onTime: z.boolean().nullable(),
  fileId: z.string().nullable(),
  fileName: z.string().nullable(),
  note: z.string().nullable(),
  title: z.string(),
  type: z.string(),
  typeLabel: z.string(),
  decidedOn: z.string().nullable(),
  orgName: z.string(),
  townName: z.string(),
  targetOrgName: z.string(),
});

export const importResponse = z.object({ imported: count, hits: count, withHits: count });
