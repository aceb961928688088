import { describe, expect, it } from 'vitest';
import { clockBadge, clockBadgeSchema, type ClockBadgeSource } from './clock-badge.js';
import { buildWorkCalendar } from './work-calendar.js';

// November 2024 has no holidays: working days are Monday to Friday.
const cal = buildWorkCalendar([], [2024]);
const clock = (over: Partial<ClockBadgeSource> = {}): ClockBadgeSource => ({
  id: 'c1',
  purpose: 'disclosure.reply',
  startDate: '2024-11-01',
  limitDays: 20,
  unit: 'working',
  extensionDays: 0,
  dueDate: '2024-11-29',
  state: 'running',
  stoppedOn: null,
  basis: '《政府信息公开条例》第三十三条',
  ...over,
});

describe('clockBadge', () => {
  it.each([
    ['2024-11-20', {}, 'on_track', '未到期', 7],
    ['2024-11-26', {}, 'due_soon', '即将到期', 3],
    ['2024-12-02', {}, 'overdue', '已超期', -1],
    ['2024-11-20', { state: 'paused' as const }, 'paused', '已暂停', 7],
    [
      '2024-11-20',
      { state: 'stopped' as const, stoppedOn: '2024-11-18' },
      'stopped',
      '已办结',
      null,
    ],
  ])('on %s with %o is %s', (today, over, status, label, daysLeft) => {
    const b = clockBadge(cal, today, clock(over));
    expect(b).toMatchObject({
      status,
      statusLabel: label,
      daysLeft,
      dueDate: '2024-11-29',
      basis: '《政府信息公开条例》第三十三条',
    });
    expect(clockBadgeSchema.parse(b)).toEqual(b);
  });

  it('keeps a paused clock red once it is past due', () => {
    expect(clockBadge(cal, '2024-12-03', clock({ state: 'paused' })).status).toBe('overdue');
  });
});
