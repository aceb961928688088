import { z } from 'zod';
import { ITEM_KINDS } from './categories.js';
import { attachmentSchema } from '../../../core/files/attachment.schema.js';

/** Response shapes of the 主动公开 guide, settings, 表二 and portal endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();
const labels = z.record(z.string(), z.string());
const kind = z.enum(Object.keys(ITEM_KINDS) as [keyof typeof ITEM_KINDS]);

const categoryOut = z.object({
  key: z.string(),
  label: z.string(),
  text: z.string().describe('条例原文的类别表述'),
  article: z.string(),
});

export const vocabularyOut = z.object({
  categories: z.array(categoryOut.extend({ group: z.enum(['art20', 'art21']) })),
  kinds: labels,
  publishModes: labels,
  normativeKinds: labels,
  withholdGrounds: z.record(z.string(), z.object({ label: z.string(), article: z.string() })),
});

const guideText = {
  classification: z.string(),
  arrangement: z.string(),
  accessMethods: z.string(),
  officeName: z.string(),
  address: z.string(),
  officeHours: z.string(),
  phone: z.string(),
  fax: z.string(),
  website: z.string(),
  email: z.string(),
};

export const publicGuideOut = z.object({
  townName: z.string(),
  ...guideText,
  updatedAt: n,
  categories: z.array(categoryOut.extend({ count: z.number().describe('已公开条数') })),
  basis: z.string(),
});

export const guideOut = publicGuideOut.extend({ townId: z.string() });

export const settingsOut = z.object({
  townId: z.string(),
  reassessMonths: z.number().describe('不予公开信息的评估周期（月）'),
  defaults: z.object({
    reassessMonths: z.object({ value: z.number(), source: z.string().describe('默认值的来源') }),
  }),
});

const issuance = z.object({ issued: z.number(), abolished: z.number(), inForce: z.number() });

export const figuresOut = z.object({
  townId: z.string(),
  townName: z.string(),
  year: z.number(),
  article20Item1: z.object({ rules: issuance, normativeDocuments: issuance }),
  article20Item5: z.object({ licensingDecisions: z.number() }),
  article20Item6: z.object({ penaltyDecisions: z.number(), coercionDecisions: z.number() }),
  article20Item8: z.object({
    feesWan: z.number().describe('万元'),
    feesFen: z.number().describe('分（精确值）'),
  }),
  sources: z
    .object({ licensing: n, penalties: n, coercion: n, fees: n })
    .describe('各数据的来源，未录入时为空'),
});

const publicItemOut = z.object({
  id: z.string(),
  indexNo: z.string(),
  kind,
  kindLabel: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  title: z.string(),
  summary: z.string(),
  publisherName: z.string(),
  docNumber: n,
  createdOn: z.string(),
  publishedOn: z.string(),
  abolishedOn: n,
});

export const publicItemsOut = z.object({
  items: z.array(publicItemOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const publicCategoriesOut = z.object({
  townName: z.string(),
  categories: z.array(categoryOut.extend({ group: z.enum(['art20', 'art21']), count: z.number() })),
});

export const publicItemDetailOut = publicItemOut.extend({
  categoryArticle: z.string(),
  body: z.string(),
  groupClass: n,
  publishModeLabel: z.string(),
  explains: z.object({ id: z.string(), title: z.string() }).nullable().describe('所解读的信息'),
  interpretations: z.array(
    z.object({ id: z.string(), title: z.string(), publishedOn: z.string() }),
  ),
  attachments: z.array(attachmentSchema),
});
