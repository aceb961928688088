import { describe, expect, it } from 'vitest';
import { buildWorkCalendar } from '../../core/calendar/index.js';
import { chineseDaysYear } from '../calendar/calendar-seed.js';
import { confirmationDue } from './mediation-periods.js';

const cal = buildWorkCalendar([2024].flatMap(chineseDaysYear), [2024]);

describe('司法确认 window (pure)', () => {
  it('runs 30 days from the agreement, a last day on a weekend moving to the Monday', () => {
    expect(confirmationDue(cal, '2024-05-06')).toBe('2024-06-05');
    // 2024-05-10 + 30 = Sunday 06-09; Monday 06-10 is 端午节: Tuesday 06-11.
    expect(confirmationDue(cal, '2024-05-10')).toBe('2024-06-11');
  });

  it('moves a last day on a statutory holiday to the next working day (民事诉讼法 第八十五条)', () => {
    // 2024-09-02 + 30 = 2024-10-02, inside the National Day holiday (10-01 to 10-07).
    expect(confirmationDue(cal, '2024-09-02')).toBe('2024-10-08');
  });
});
