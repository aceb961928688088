import { z } from 'zod';
import { clockBadgeSchema } from '../../../core/calendar/index.js';
import { aheadSchema, blockedSchema } from '../../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../../core/workflow/path.js';
import { COMPLAINT_STATES, type ComplaintState } from './complaint.workflow.js';
import { AFFAIR_CATEGORY_KEYS } from './village-vocabulary.js';

/** Response shapes of the 村民反映 endpoints (《村民委员会组织法》第三十一条). */

const n = z.string().nullable();
const states = Object.keys(COMPLAINT_STATES) as [ComplaintState, ...ComplaintState[]];

const complaintOut = z.object({
  id: z.string(),
  receiptNo: z.string(),
  village: z.object({ id: z.string(), name: z.string() }),
  complainantName: z.string(),
  phoneMasked: n,
  category: z.enum(AFFAIR_CATEGORY_KEYS),
  categoryLabel: z.string(),
  kind: z.enum(['not_published', 'untrue']),
  kindLabel: z.string(),
  channel: z.enum(['visit', 'letter', 'phone', 'online']),
  channelLabel: z.string(),
  matter: z.string(),
  receivedOn: z.string(),
  status: z.enum(states),
  statusLabel: z.string(),
  findings: n,
  decisionReason: n,
  orderText: n,
  orderedOn: n,
  publishedItemId: n,
  resultNote: n,
  closedOn: n,
  investigationClock: clockBadgeSchema.nullable().describe('调查核实期限'),
  orderClock: clockBadgeSchema.nullable().describe('责令公布后村应当公布的期限'),
  basis: z.string(),
});

export const complaintListOut = z.object({
  items: z.array(complaintOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  abilities: z.object({ register: z.boolean() }),
});

export const complaintDetailOut = complaintOut.extend({
  abilities: z.object({
    investigate: z.boolean(),
    order: z.boolean(),
    dismiss: z.boolean(),
    confirmPublished: z.boolean(),
    close: z.boolean(),
    readPhone: z.boolean(),
  }),
  blocked: blockedSchema,
  path: pathSchema,
  ahead: aheadSchema,
});

export const phoneOut = z.object({ phone: n });

export const publicReceiptOut = z.object({
  receiptNo: z.string().describe('回执编号'),
  dueDate: z.string().describe('镇政府作出处理的期限'),
  basis: z.string(),
});
