import { z } from 'zod';
import { keys } from '../legal-services.schema.js';
import {
  ADVISER_GRADES,
  APPOINTMENT_SLOTS,
  TICKET_STATES,
  VISIT_CHANNELS,
  VISIT_OUTCOMES,
  WINDOW_KINDS,
} from '../legal-services.vocabulary.js';

/** Response shapes of the 公共法律服务站 endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();
const windowKind = z.enum(keys(WINDOW_KINDS));

export const windowOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: windowKind,
  kindLabel: z.string(),
  active: z.boolean(),
  sortOrder: z.number(),
});

export const windowsOut = z.object({
  town: z.string(),
  items: z.array(windowOut),
  basis: z.string(),
});

export const windowItemsOut = z.object({ items: z.array(windowOut) });

export const ticketOut = z.object({
  id: z.string(),
  windowId: z.string(),
  day: z.string(),
  number: z.number(),
  label: z.string().describe('号码，如 A001'),
  status: z.enum(keys(TICKET_STATES)),
  statusLabel: z.string(),
  appointmentId: n,
  calledAt: n,
  createdAt: z.string(),
});

export const queueOut = z.object({
  day: z.string(),
  windows: z.array(
    z.object({
      windowId: z.string(),
      code: z.string(),
      name: z.string(),
      waiting: z.array(ticketOut),
      current: z.array(ticketOut),
      served: z.number(),
    }),
  ),
});

export const visitOut = z.object({
  id: z.string(),
  windowId: z.string(),
  serviceKind: windowKind,
  serviceKindLabel: z.string(),
  servedOn: z.string(),
  channel: z.enum(keys(VISIT_CHANNELS)),
  channelLabel: z.string(),
  visitorName: z.string().describe('乡镇以上查看时为脱敏姓名'),
  visitorPhone: n.describe('脱敏'),
  village: n,
  topic: z.string(),
  summary: n,
  outcome: z.enum(keys(VISIT_OUTCOMES)),
  outcomeLabel: z.string(),
  referral: n,
  handlerName: z.string(),
  rating: z.number().nullable().describe('1–5 星'),
  ratingComment: n,
});

export const visitListOut = z.object({
  items: z.array(visitOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const countOut = z.object({ count: z.number() });

export const appointmentOut = z.object({
  id: z.string(),
  windowId: z.string(),
  onDate: z.string(),
  slot: z.enum(keys(APPOINTMENT_SLOTS)),
  slotLabel: z.string(),
  name: z.string().describe('乡镇以上查看时为脱敏姓名'),
  phone: z.string().describe('脱敏'),
  topic: z.string(),
  code: z.string(),
  status: z.enum(['booked', 'arrived', 'cancelled']),
  ticketId: n,
});

export const appointmentsOut = z.object({ items: z.array(appointmentOut) });

export const questionOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string().describe('乡镇以上查看时为脱敏姓名'),
  phone: z.string().describe('脱敏'),
  village: n,
  question: z.string(),
  askedOn: z.string(),
  answer: n,
  answeredOn: n,
  answeredBy: n,
});

export const questionsOut = z.object({ items: z.array(questionOut) });

const byKey = <K extends string>(o: Record<K, unknown>) =>
  z.object(Object.fromEntries(keys(o).map((k) => [k, z.number()])) as Record<K, z.ZodNumber>);

export const statsOut = z.object({
  year: z.number(),
  town: z.string(),
  consultations: z.number(),
  mediations: z.number(),
  legalAid: z.number(),
  judicialAssistance: z.number(),
  visitsByKind: byKey(WINDOW_KINDS),
  satisfaction: z.object({ rated: z.number(), average: z.number().nullable() }),
  adviserEvaluations: z.object({ evaluated: z.number(), byGrade: byKey(ADVISER_GRADES) }),
  definitions: z.object({
    consultations: z.string(),
    mediations: z.string(),
    legalAid: z.string(),
    judicialAssistance: z.string(),
    adviserEvaluations: z.string(),
  }),
});
