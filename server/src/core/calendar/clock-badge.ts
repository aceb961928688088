import { CLOCK_STATUS_LABELS, type ClockBadge } from '@fazhi/shared';
import { z } from 'zod';
import type { ClocksTable } from '../db/schema-machinery.js';
import { clockStatusOf } from './status.js';
import type { WorkCalendar } from './work-calendar.js';

/** The stored clock fields a badge is made from. */
export type ClockBadgeSource = Pick<
  ClocksTable,
  | 'id'
  | 'purpose'
  | 'startDate'
  | 'limitDays'
  | 'unit'
  | 'extensionDays'
  | 'dueDate'
  | 'state'
  | 'stoppedOn'
  | 'basis'
>;

/** The one clock badge: a stored clock with its traffic light as of `today`. */
export function clockBadge(cal: WorkCalendar, today: string, c: ClockBadgeSource): ClockBadge {
  const s = clockStatusOf(cal, today, c);
  return {
    id: c.id,
    purpose: c.purpose,
    startDate: c.startDate,
    limitDays: c.limitDays,
    unit: c.unit,
    extensionDays: c.extensionDays,
    dueDate: c.dueDate,
    state: c.state,
    stoppedOn: c.stoppedOn,
    status: s.status,
    statusLabel: CLOCK_STATUS_LABELS[s.status],
    daysLeft: s.daysLeft,
    basis: c.basis,
  };
}

/** The badge in response schemas (OpenAPI and the serializer). */
export const clockBadgeSchema = z.object({
  id: z.string(),
  purpose: z.string(),
  startDate: z.string(),
  limitDays: z.number(),
  unit: z.enum(['working', 'calendar']),
  extensionDays: z.number(),
  dueDate: z.string(),
  state: z.enum(['running', 'paused', 'stopped']),
  stoppedOn: z.string().nullable(),
  status: z
    .enum(['on_track', 'due_soon', 'overdue', 'paused', 'stopped'])
    .describe(
      '红黄绿：overdue 已超期、due_soon 即将到期、on_track 未到期；paused 已暂停、stopped 已办结',
    ),
  statusLabel: z.string(),
  daysLeft: z.number().nullable().describe('距截止日的工作日数，超期为负，办结后为空'),
  basis: z.string().describe('期限的法律依据'),
});
