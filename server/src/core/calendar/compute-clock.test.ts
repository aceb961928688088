import { describe, expect, it } from 'vitest';
import { chineseDaysYear } from '../../modules/calendar/calendar-seed.js';
import { computeClock, type ClockInput } from './compute-clock.js';
import { computeDeadline } from './deadline.js';
import { buildWorkCalendar } from './work-calendar.js';

/** 2024–2026 as seeded from chinese-days; 2027 has no notice yet. */
const cal = buildWorkCalendar([2024, 2025, 2026].flatMap(chineseDaysYear), [2024, 2025, 2026]);

const clock = (over: Partial<ClockInput>): ClockInput => ({
  startDate: '2024-11-01',
  limitDays: 10,
  unit: 'working',
  pauses: [],
  extensions: [],
  ...over,
});

describe('computeDeadline', () => {
  it.each([
    // 2024 国庆: 09-29 (Sun) and 10-12 (Sat) are make-up workdays, 10-01..07 off.
    {
      name: '2024 国庆, 3 working days',
      from: '2024-09-27',
      days: 3,
      unit: 'working',
      due: '2024-10-08',
    },
    {
      name: '2024 国庆, 20 working days',
      from: '2024-09-27',
      days: 20,
      unit: 'working',
      due: '2024-10-30',
    },
    // 2024 春节: 02-10..17 off, 02-18 (Sun) make-up workday.
    {
      name: '2024 春节, 5 working days',
      from: '2024-02-08',
      days: 5,
      unit: 'working',
      due: '2024-02-21',
    },
    { name: 'plain week', from: '2024-11-04', days: 5, unit: 'working', due: '2024-11-11' },
    {
      name: 'calendar days ending on 国庆 move to 10-08',
      from: '2024-09-01',
      days: 30,
      unit: 'calendar',
      due: '2024-10-08',
    },
    {
      name: 'calendar days ending on a Saturday move to Monday',
      from: '2024-09-01',
      days: 6,
      unit: 'calendar',
      due: '2024-09-09',
    },
    {
      name: 'calendar days ending on a make-up Sunday do not move',
      from: '2024-09-01',
      days: 28,
      unit: 'calendar',
      due: '2024-09-29',
    },
    { name: 'leap day', from: '2024-02-27', days: 2, unit: 'calendar', due: '2024-02-29' },
    {
      name: 'end of 2026 stays covered',
      from: '2026-12-20',
      days: 9,
      unit: 'working',
      due: '2026-12-31',
    },
  ] as const)('$name', ({ from, days, unit, due }) => {
    const r = computeDeadline(cal, from, days, unit);
    expect(r.due).toBe(due);
    expect(r.provisional).toBe(false);
    expect(r.provisionalReasons).toEqual([]);
  });

  it('explains the 2024 国庆 count: holiday skipped, make-up days counted', () => {
    const r = computeDeadline(cal, '2024-09-27', 20, 'working');
    expect(r.explanation[0]).toMatchObject({ date: '2024-09-27', kind: 'start' });
    expect(r.explanation).toContainEqual(
      expect.objectContaining({ date: '2024-09-28', kind: 'weekend' }),
    );
    expect(r.explanation).toContainEqual(
      expect.objectContaining({
        date: '2024-09-29',
        kind: 'makeup_workday',
        note: expect.stringContaining('第1个工作日'),
      }),
    );
    expect(r.explanation).toContainEqual(
      expect.objectContaining({
        date: '2024-10-01',
        to: '2024-10-07',
        kind: 'holiday',
        note: expect.stringContaining('国庆节'),
      }),
    );
    expect(r.explanation).toContainEqual(
      expect.objectContaining({ date: '2024-10-12', kind: 'makeup_workday' }),
    );
    expect(r.summary).toContain('国庆节放假7天');
    expect(r.summary).toContain('计入调休上班日2天');
    expect(r.summary).toContain('2024年10月30日');
    expect(r.basis).toContain('第二百零一条');
  });

  it('explains a calendar-day period moved off a holiday (民法典203)', () => {
    const r = computeDeadline(cal, '2024-09-01', 30, 'calendar');
    const moved = r.explanation.find((s) => s.kind === 'moved');
    expect(moved).toMatchObject({ date: '2024-10-01', to: '2024-10-08' });
    expect(moved?.note).toContain('第二百零三条');
    expect(r.basis).toContain('第二百零三条');
    expect(r.summary).toContain('顺延');
  });

  it('flags a count that reaches into 2027 as provisional and says why', () => {
    const r = computeDeadline(cal, '2026-12-20', 20, 'working');
    // 元旦 2027-01-01 (a Friday) is a statutory holiday even before the 2027 notice is entered.
    expect(r.due).toBe('2027-01-18');
    expect(r.provisional).toBe(true);
    expect(r.provisionalReasons).toEqual([expect.stringContaining('2027年国务院放假安排尚未录入')]);
    expect(r.provisionalReasons[0]).toContain('《全国年节及纪念日放假办法》第二条');
    expect(r.provisionalReasons[0]).toContain('调休');
    expect(r.explanation).toContainEqual(
      expect.objectContaining({ date: '2027-01-01', kind: 'provisional' }),
    );
    expect(r.explanation).toContainEqual(
      expect.objectContaining({
        date: '2027-01-01',
        kind: 'holiday',
        note: expect.stringContaining('元旦'),
      }),
    );
    expect(r.summary).toContain('暂定');
  });

  it('never lets a December reply period end on 1 January of a year without a notice', () => {
    // 2026-12-04 + 20 working days lands on 2027-01-01 when 元旦 is treated as a working day.
    const r = computeDeadline(cal, '2026-12-04', 20, 'working');
    expect(r.due).toBe('2027-01-04');
    expect(r.provisional).toBe(true);
  });

  it('skips the computed 春节 (with 除夕 from 2025) of a year without a notice', () => {
    // 2027 春节: 除夕 02-05 (Fri) to 02-08 (Mon); 02-04 (Thu) + 2 working days = 02-10.
    const r = computeDeadline(cal, '2027-02-04', 2, 'working');
    expect(r.due).toBe('2027-02-10');
    expect(r.explanation).toContainEqual(
      expect.objectContaining({
        date: '2027-02-05',
        to: '2027-02-08',
        kind: 'holiday',
        note: expect.stringContaining('春节'),
      }),
    );
  });

  it('flags a move that lands in an uncovered year', () => {
    // 2026-12-31 + 2 days = 2027-01-02 (Saturday), moved into uncovered 2027.
    const r = computeDeadline(cal, '2026-12-31', 2, 'calendar');
    expect(r.due).toBe('2027-01-04');
    expect(r.provisional).toBe(true);
  });

  it('becomes final once the 2027 notice is in the calendar', () => {
    const with2027 = buildWorkCalendar(
      [...cal.special.values(), { date: '2027-01-01', kind: 'holiday', name: '元旦' }],
      [2024, 2025, 2026, 2027],
    );
    const r = computeDeadline(with2027, '2026-12-20', 20, 'working');
    expect(r.provisional).toBe(false);
    expect(r.due).toBe('2027-01-18');
  });
});

describe('computeClock', () => {
  const pause = { fromDate: '2024-11-05', toDate: '2024-11-07', reasonLabel: '补正' };

  it.each([
    {
      name: 'working, no pause',
      input: {},
      today: '2024-11-04',
      due: '2024-11-15',
      status: 'on_track',
      daysLeft: 9,
    },
    {
      name: 'working, closed pause adds back 2 working days',
      input: { pauses: [pause] },
      today: '2024-11-08',
      due: '2024-11-19',
      status: 'on_track',
      daysLeft: 7,
    },
    {
      name: 'working, open pause counts as resumed today',
      input: { pauses: [{ ...pause, toDate: null }] },
      today: '2024-11-07',
      due: '2024-11-19',
      status: 'paused',
      daysLeft: 8,
    },
    {
      name: 'working, pause over a weekend adds back only working days',
      input: { pauses: [{ ...pause, fromDate: '2024-11-08', toDate: '2024-11-11' }] },
      today: '2024-11-12',
      due: '2024-11-18',
      status: 'on_track',
      daysLeft: 4,
    },
    {
      name: 'calendar, closed pause adds back 2 days',
      input: { unit: 'calendar', pauses: [pause] },
      today: '2024-11-08',
      due: '2024-11-13',
      status: 'due_soon',
      daysLeft: 3,
    },
    {
      name: 'calendar, no pause',
      input: { unit: 'calendar' },
      today: '2024-11-08',
      due: '2024-11-11',
      status: 'due_soon',
      daysLeft: 1,
    },
    {
      name: 'extension adds units to the limit',
      input: { extensions: [{ days: 5 }] },
      today: '2024-11-04',
      due: '2024-11-22',
      status: 'on_track',
      daysLeft: 14,
    },
    {
      name: 'due today is due soon',
      input: {},
      today: '2024-11-15',
      due: '2024-11-15',
      status: 'due_soon',
      daysLeft: 0,
    },
    {
      name: '3 working days left is due soon',
      input: {},
      today: '2024-11-12',
      due: '2024-11-15',
      status: 'due_soon',
      daysLeft: 3,
    },
    {
      name: '4 working days left is on track',
      input: {},
      today: '2024-11-11',
      due: '2024-11-15',
      status: 'on_track',
      daysLeft: 4,
    },
    {
      name: 'the weekend after the due day is overdue',
      input: {},
      today: '2024-11-16',
      due: '2024-11-15',
      status: 'overdue',
      daysLeft: -1,
    },
    {
      name: 'two working days late',
      input: {},
      today: '2024-11-19',
      due: '2024-11-15',
      status: 'overdue',
      daysLeft: -2,
    },
    {
      name: 'paused after it was overdue stays overdue',
      input: { pauses: [{ fromDate: '2024-11-18', toDate: null, reasonLabel: '其他' }] },
      today: '2024-11-20',
      due: '2024-11-15',
      status: 'overdue',
      daysLeft: -3,
    },
    {
      name: 'stopped',
      input: { stoppedOn: '2024-11-12' },
      today: '2024-11-20',
      due: '2024-11-15',
      status: 'stopped',
      daysLeft: null,
    },
  ] as const)('$name', ({ input, today, due, status, daysLeft }) => {
    const c = computeClock(clock(input as Partial<ClockInput>), cal, today);
    expect(c.dueDate).toBe(due);
    expect(c.status).toBe(status);
    expect(c.daysLeft).toBe(daysLeft);
  });

  it('explains pauses and extensions', () => {
    const c = computeClock(
      clock({ pauses: [pause], extensions: [{ days: 5 }] }),
      cal,
      '2024-11-08',
    );
    expect(c.baseDueDate).toBe('2024-11-19');
    expect(c.dueDate).toBe('2024-11-26');
    expect(c.totalDays).toBe(15);
    expect(c.explanation).toContainEqual(
      expect.objectContaining({
        date: '2024-11-06',
        to: '2024-11-07',
        kind: 'paused',
        note: expect.stringContaining('补正'),
      }),
    );
    expect(c.explanation).toContainEqual(
      expect.objectContaining({ date: '2024-11-19', kind: 'extension' }),
    );
    expect(c.summary).toContain('因补正暂停2天（补足2个工作日）');
    expect(c.summary).toContain('经批准延长5个工作日');
  });

  it('keeps a stopped clock with an open pause fixed at its stop day', () => {
    const open = { ...pause, toDate: null };
    const a = computeClock(clock({ pauses: [open], stoppedOn: '2024-11-07' }), cal, '2024-12-20');
    expect(a.dueDate).toBe('2024-11-19');
  });
});
