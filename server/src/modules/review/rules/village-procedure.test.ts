import { describe, expect, it } from 'vitest';
import { chineseDaysYear } from '../../calendar/calendar-seed.js';
import { buildWorkCalendar } from '../../../core/calendar/index.js';
import { preReview } from './engine.js';
import type { VillageRulesFields } from './fields.js';
import { filingDeadline } from './village-procedure.js';

const cal = buildWorkCalendar([2024].flatMap(chineseDaysYear), [2024]);
const text = '本村规民约经村民会议表决通过。';
const r24 = (fields: VillageRulesFields) =>
  preReview({ kind: 'village_rules', text, fields }, { calendar: cal }).filter(
    (h) => h.ruleId === 'R24',
  );

describe('R24 procedure of adoption and filing (组织法 arts 21, 22, 27; 宁波条例 art 14)', () => {
  it.each([
    {
      name: 'more than half of adults attend and more than half of them vote for',
      f: {
        adoptedBy: 'villagers_assembly',
        adults: 1000,
        attendees: 501,
        votesFor: 251,
        noticeDays: 10,
      },
    },
    {
      name: 'half of adults but ⅔ of households attend',
      f: { adults: 1000, attendees: 500, households: 300, attendeeHouseholds: 200 },
    },
    { name: 'counts not given', f: {} },
    { name: 'filed on the tenth day', f: { adoptedOn: '2024-05-06', filedOn: '2024-05-16' } },
  ] as const)('is quiet when $name', ({ f }) => expect(r24(f)).toEqual([]));

  it.each([
    {
      name: 'adopted by the 村两委',
      f: { adoptedBy: 'two_committees' },
      title: '村规民约由村两委会议表决',
    },
    {
      name: 'half of adults attend and households unknown',
      f: { adults: 1000, attendees: 500 },
      title: '村民会议到会人数不足法定人数',
    },
    {
      name: 'neither half of adults nor ⅔ of households attend',
      f: { adults: 1000, attendees: 400, households: 300, attendeeHouseholds: 199 },
      title: '村民会议到会人数不足法定人数',
    },
    {
      name: 'exactly half of those present vote for',
      f: { adults: 1000, attendees: 600, votesFor: 300 },
      title: '表决未获到会人员过半数通过',
    },
    { name: 'nine days of notice', f: { noticeDays: 9 }, title: '村民会议通知时间不足十天' },
    {
      name: 'filed on the eleventh day',
      f: { adoptedOn: '2024-05-06', filedOn: '2024-05-17' },
      title: '未在表决通过后十日内备案',
    },
  ] as const)('flags $name', ({ f, title }) => expect(r24(f).map((h) => h.title)).toEqual([title]));

  it('moves the filing deadline past a weekend and the 国庆 holiday (民法典 art 203)', () => {
    expect(filingDeadline('2024-05-08', cal)).toBe('2024-05-20');
    expect(filingDeadline('2024-09-21', cal)).toBe('2024-10-08');
    expect(r24({ adoptedOn: '2024-09-21', filedOn: '2024-10-08' })).toEqual([]);
  });

  it('says the missing figures in the suggestion', () => {
    const [h] = r24({ adults: 1000, attendees: 400, households: 300, attendeeHouseholds: 150 });
    expect(h?.suggestion).toContain('到会400人，未超过十八周岁以上村民1000人的半数');
    expect(h?.suggestion).toContain('到会150户，不足300户的三分之二');
    expect(h).toMatchObject({
      clause: '',
      start: 0,
      end: 0,
      basis: '《村民委员会组织法》第二十二条第一款',
    });
  });
});
