import { z } from 'zod';
import { aheadSchema, blockedSchema } from '../../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../../core/workflow/path.js';
import { PERIOD_STATUS_LABELS } from './frequency.js';
import { AFFAIR_CATEGORY_KEYS, SUBJECT_KEYS } from './village-vocabulary.js';
import { VILLAGE_ITEM_STATES, type VillageItemState } from './village.workflow.js';
import { attachmentSchema } from '../../../core/files/attachment.schema.js';

/** Response shapes of the 三务公开 item, board and rule endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();
const category = z.enum(AFFAIR_CATEGORY_KEYS);
const matterKind = z.enum(['regular', 'major']);
const frequency = z.enum(['quarterly', 'monthly']);
const supervisorRole = z.enum(['chair', 'member']).describe('chair 主任；member 委员');
const village = z.object({ id: z.string(), name: z.string() });
const itemStates = Object.keys(VILLAGE_ITEM_STATES) as [VillageItemState, ...VillageItemState[]];
const periodStates = Object.keys(PERIOD_STATUS_LABELS) as [
  keyof typeof PERIOD_STATUS_LABELS,
  ...(keyof typeof PERIOD_STATUS_LABELS)[],
];

export const vocabularyOut = z.object({
  categories: z.record(category, z.string()),
  matterKinds: z.record(matterKind, z.string()),
  subjects: z.record(
    z.enum(SUBJECT_KEYS),
    z.object({ label: z.string(), category, basis: z.string() }),
  ),
  frequencies: z.record(frequency, z.string()),
  complaintKinds: z.record(z.enum(['not_published', 'untrue']), z.string()),
  complaintChannels: z.record(z.enum(['visit', 'letter', 'phone', 'online']), z.string()),
});

const itemOut = z.object({
  id: z.string(),
  village,
  category,
  categoryLabel: z.string(),
  matterKind,
  matterKindLabel: z.string(),
  subject: z.string(),
  subjectLabel: z.string(),
  basis: z.string().describe('该事项应当公开的法律依据'),
  period: n.describe('一般事项所属期间（如 2024-Q3 或 2024-09）'),
  occurredOn: n.describe('重大事项决定或发生日期'),
  title: z.string(),
  status: z.enum(itemStates),
  statusLabel: z.string(),
  authorName: z.string(),
  publishedOn: n,
  channelRef: n.describe('“群治分”发布编号'),
  complaintId: n.describe('因村民反映被责令公布时的反映编号'),
});

export const itemListOut = z.object({
  items: z.array(itemOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  abilities: z.object({ create: z.boolean() }),
});

export const itemDetailOut = itemOut.extend({
  body: z.string(),
  reviewedBy: n,
  reviewOpinion: n,
  supervisors: z.array(z.object({ name: z.string(), role: supervisorRole })),
  reviewBasis: z.string(),
  attachments: z.array(attachmentSchema),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
  blocked: blockedSchema,
  path: pathSchema,
  ahead: aheadSchema,
});

const settingsOut = z.object({
  dueDay: z.number().describe('一般事项在该期结束后次月的第几日前公布 [U]'),
  majorDays: z.number().describe('重大事项自决定或发生之日起的工作日数 [U]'),
  complaintDays: z.number(),
  orderDays: z.number(),
});

export const boardOut = z.object({
  town: village,
  year: z.number(),
  today: z.string(),
  settings: settingsOut.extend({
    sources: z.object({ dueDay: z.string(), majorDays: z.string() }),
  }),
  basis: z.string(),
  villages: z.array(
    village.extend({
      categories: z.array(
        z.object({
          category,
          categoryLabel: z.string(),
          frequency,
          frequencyLabel: z.string(),
          periods: z.array(
            z.object({
              period: z.string(),
              due: z.string(),
              status: z.enum(periodStates),
              statusLabel: z.string(),
              publishedOn: n,
            }),
          ),
          lastPublishedOn: n,
          missing: z.array(z.string()).describe('逾期未公开的期间'),
          major: z.object({ total: z.number(), late: z.number(), overdue: z.number() }),
          overdue: z.boolean(),
        }),
      ),
      overdue: z.boolean(),
    }),
  ),
  summary: z.object({
    villages: z.number(),
    overdueVillages: z.number(),
    overdueCells: z.number(),
  }),
});

export const rulesOut = z.object({
  townId: z.string(),
  settings: settingsOut,
  defaults: z.record(
    z.string(),
    z.object({ value: z.union([z.number(), z.string()]), source: z.string() }),
  ),
  basis: z.string(),
  villages: z.array(village.extend({ frequencies: z.record(category, frequency) })),
});

export const supervisorsOut = z.object({
  villageId: z.string(),
  villageName: z.string(),
  basis: z.string(),
  members: z.array(
    z.object({
      id: z.string(),
      userId: z.string(),
      displayName: z.string(),
      role: supervisorRole,
      electedOn: z.string(),
      until: n,
    }),
  ),
});

export const ordersOut = z.object({
  village,
  orders: z.array(
    z.object({
      id: z.string(),
      receiptNo: z.string(),
      category,
      categoryLabel: z.string(),
      matter: z.string(),
      orderText: n,
      orderedOn: n,
      dueDate: n,
      basis: z.string(),
    }),
  ),
});

const publicItemOut = z.object({
  id: z.string(),
  category,
  categoryLabel: z.string(),
  matterKind,
  matterKindLabel: z.string(),
  subject: z.string(),
  subjectLabel: z.string(),
  period: n,
  occurredOn: n,
  title: z.string(),
  publishedOn: n,
});

export const publicVillagesOut = z.object({
  townName: z.string(),
  villages: z.array(
    village.extend({
      lastPublished: z.record(category, n).describe('党务、村务、财务各自最近公开日期'),
    }),
  ),
});

export const publicItemsOut = z.object({
  village,
  items: z.array(publicItemOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const publicItemDetailOut = publicItemOut.extend({
  body: z.string(),
  village,
  basis: z.string(),
  attachments: z.array(attachmentSchema),
});
