import { z } from 'zod';
import { aheadSchema, blockedSchema } from '../../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../../core/workflow/path.js';
import { clockBadgeSchema } from '../../../core/calendar/index.js';
import { CATEGORY_KEYS, WITHHOLD_GROUND_KEYS } from './categories.js';
import { ITEM_STATES } from './proactive.workflow.js';
import { townFilter } from '../../orgs/orgs.public.js';
import { attachmentSchema } from '../../../core/files/attachment.schema.js';

const date = (what: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${what}格式应为 YYYY-MM-DD`);
const text = (what: string, max: number) =>
  z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过 ${max} 字`);
const STATE_KEYS = Object.keys(ITEM_STATES) as [
  keyof typeof ITEM_STATES,
  ...(keyof typeof ITEM_STATES)[],
];

export const idParams = z.object({ id: z.string().uuid('编号格式有误') }).strict();

const itemFields = {
  orgId: z
    .string()
    .uuid('机构编号格式有误')
    .optional()
    .describe('发布机构（镇政府或其内设机构）；默认本人所在机构'),
  kind: z
    .enum(['information', 'interpretation'])
    .default('information')
    .describe('information 政府信息；interpretation 政策解读'),
  category: z
    .enum(CATEGORY_KEYS, { message: '请选择公开类别（第二十条、第二十一条所列类别）' })
    .describe('公开类别，见 GET /disclosure/categories'),
  title: text('标题', 200).describe('标题'),
  summary: text('内容概述', 500).describe('内容概述（目录显示）'),
  body: z
    .string()
    .trim()
    .max(100_000, '正文不超过 10 万字')
    .default('')
    .describe('正文（纯文本，空行分段）'),
  docNumber: z.string().trim().max(60).nullable().optional().describe('文号'),
  groupClass: z.string().trim().max(40).nullable().optional().describe('组配分类'),
  publishMode: z
    .enum(['proactive', 'from_requests'])
    .default('proactive')
    .describe('公开方式：主动公开 / 依申请转主动公开（第四十四条）'),
  createdOn: date('生成日期').describe(
    '生成日期：信息形成或变更之日，第二十六条 20 个工作日自此起算',
  ),
  normativeKind: z
    .enum(['rule', 'normative_document', 'other'])
    .nullable()
    .optional()
    .describe('规范性文件类别（仅“规范性文件”类）'),
  issuedOn: date('制发日期').nullable().optional().describe('制发日期（仅“规范性文件”类）'),
  explainsId: z
    .string()
    .uuid('被解读信息编号格式有误')
    .nullable()
    .optional()
    .describe('政策解读所解读的信息'),
  supersedesId: z
    .string()
    .uuid('原信息编号格式有误')
    .nullable()
    .optional()
    .describe('本条是哪条已公开信息的新版本（信息变更）'),
};

export const createItemBody = z.object(itemFields).strict();

export const updateItemBody = z
  .object({
    category: itemFields.category.optional(),
    title: itemFields.title.optional(),
    summary: itemFields.summary.optional(),
    body: z.string().trim().max(100_000).optional(),
    docNumber: itemFields.docNumber,
    groupClass: itemFields.groupClass,
    publishMode: z.enum(['proactive', 'from_requests']).optional(),
    createdOn: date('生成日期').optional().describe('改动后公开期限按新的生成日期重新起算'),
    normativeKind: itemFields.normativeKind,
    issuedOn: itemFields.issuedOn,
    explainsId: itemFields.explainsId,
  })
  .strict();

export const opinionBody = z
  .object({ opinion: z.string().trim().max(500).optional().describe('审查意见') })
  .strict();
export const reasonBody = z.object({ reason: text('理由', 500).describe('理由') }).strict();
export const withholdBody = z
  .object({
    ground: z
      .enum(WITHHOLD_GROUND_KEYS, { message: '请选择不予公开的依据（第十四至十六条）' })
      .describe('不予公开的依据'),
    reason: text('具体理由', 500).describe('具体理由'),
  })
  .strict();
export const reassessBody = z
  .object({
    release: z.boolean().describe('true：情势变化，可以公开（转入保密审查）；false：继续不予公开'),
    opinion: text('评估意见', 500).describe('评估意见'),
  })
  .strict();
export const abolishBody = z
  .object({ abolishedOn: date('废止日期').describe('废止日期') })
  .strict();
export const attachBody = z
  .object({ fileId: z.string().uuid('附件编号格式有误').describe('POST /files 返回的附件编号') })
  .strict();

export const itemListQuery = z
  .object({
    status: z.enum(STATE_KEYS).optional().describe('状态'),
    category: z.enum(CATEGORY_KEYS).optional(),
    kind: z.enum(['information', 'interpretation']).optional(),
    q: z.string().trim().max(50).optional().describe('按标题、索引号、文号查找'),
    overdue: z.enum(['1', '0']).optional().describe('1：只看超过第二十六条公开期限仍未公开的'),
    reassessDue: z
      .enum(['1', '0'])
      .optional()
      .describe('1：只看已到第十八条评估日期的不予公开信息'),
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('生成日期所在年度'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    format: z.enum(['json', 'xlsx']).default('json').describe('xlsx：按当前筛选条件导出目录'),
    orgId: townFilter,
  })
  .strict();

const clockOut = clockBadgeSchema.extend({
  inTime: z.boolean().nullable().describe('已公开的：是否在期限内公开'),
});

const itemOut = z.object({
  id: z.string(),
  indexNo: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  categoryArticle: z.string(),
  title: z.string(),
  summary: z.string(),
  docNumber: z.string().nullable(),
  publisherName: z.string(),
  groupClass: z.string().nullable(),
  publishMode: z.string(),
  publishModeLabel: z.string(),
  createdOn: z.string(),
  normativeKind: z.string().nullable(),
  issuedOn: z.string().nullable(),
  abolishedOn: z.string().nullable(),
  status: z.enum(STATE_KEYS),
  statusLabel: z.string(),
  publishedOn: z.string().nullable(),
  reassessDue: z.string().nullable(),
  withholdGround: z.string().nullable(),
  authorName: z.string(),
  org: z.object({ id: z.string(), name: z.string() }),
  clock: clockOut.nullable(),
});

export const itemDetailOut = itemOut.extend({
  body: z.string(),
  explainsId: z.string().nullable(),
  explains: z.object({ id: z.string(), title: z.string(), indexNo: z.string() }).nullable(),
  interpretations: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })),
  supersedesId: z.string().nullable(),
  submittedBy: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewOpinion: z.string().nullable(),
  returnReason: z.string().nullable(),
  withholdGroundLabel: z.string().nullable(),
  withholdBasis: z.string().nullable(),
  withholdReason: z.string().nullable(),
  lastReassessedOn: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    review: z.boolean().describe('审查通过、退回、不予公开'),
    reassess: z.boolean(),
    withdraw: z.boolean(),
    recordAbolition: z.boolean(),
    attach: z.boolean(),
  }),
  blocked: blockedSchema,
  path: pathSchema,
  ahead: aheadSchema,
});

export const itemPageOut = z.object({
  items: z.array(itemOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  abilities: z.object({ create: z.boolean() }),
});
