import { z } from 'zod';
import { keys } from './legal-services.schema.js';
import { ADVISER_LOG_KINDS } from './legal-services.vocabulary.js';
import { windowOut } from './station/station.responses.js';

/** Response shapes of the 司法协助, 村法律顾问 and portal endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();
const labels = z.record(z.string(), z.string());
const logKind = z.enum(keys(ADVISER_LOG_KINDS));

export const assistanceOut = z.object({
  id: z.string(),
  subtype: z.string(),
  requester: z.string(),
  caseRef: n,
  receivedOn: z.string(),
  doneOn: n,
  handlerName: z.string(),
  summary: z.string(),
  result: n,
});

export const assistanceListOut = z.object({
  items: z.array(assistanceOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  subtypes: z.array(z.string()).readonly().describe('常见的司法协助类别（可另填）'),
});

export const adviserOut = z.object({
  id: z.string(),
  villageId: z.string(),
  village: z.string(),
  name: z.string(),
  firm: z.string(),
  phone: z.string(),
  hours: z.string(),
  place: z.string(),
  since: z.string(),
  until: n,
});

export const advisersOut = z.object({
  basis: z.string(),
  items: z.array(
    adviserOut.extend({
      logs: z.partialRecord(logKind, z.number()).describe('按服务类别的服务次数'),
    }),
  ),
});

export const adviserLogOut = z.object({
  id: z.string(),
  kind: logKind,
  kindLabel: z.string(),
  onDate: z.string(),
  subject: z.string(),
  summary: z.string(),
});

export const adviserLogsOut = z.object({ items: z.array(adviserLogOut) });

export const vocabularyOut = z.object({
  windowKinds: labels,
  channels: labels,
  outcomes: labels,
  ticketStates: labels,
  slots: labels,
  aidMatters: z.record(z.string(), z.object({ label: z.string(), article: z.number() })),
  meansMethods: labels,
  exemptions: labels,
  aidStates: labels,
  assistanceSubtypes: z.array(z.string()).readonly(),
  adviserLogKinds: labels,
});

export const publicStationOut = z.object({
  town: z.string(),
  windows: z.array(windowOut),
  slots: labels,
  bookingDays: z.number().describe('可预约明天起的天数'),
});

export const publicAdvisersOut = z.object({
  town: z.string(),
  basis: z.string(),
  items: z.array(adviserOut),
});
