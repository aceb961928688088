import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf } from './dates.js';

const ref = {
  iso: (ms: number) => new Date(ms).toISOString().slice(0, 10),
  ms: (day: string) => Date.parse(`${day}T00:00:00Z`),
};

describe('calendar-day arithmetic', () => {
  it('agrees with the JavaScript Date on every day from 1900 to 2200', () => {
    const wrong: string[] = [];
    for (let ms = ref.ms('1900-01-01'); ms <= ref.ms('2200-12-31'); ms += 86_400_000) {
      const day = ref.iso(ms);
      if (addDays(day, 1) !== ref.iso(ms + 86_400_000)) wrong.push(`${day} +1`);
      if (addDays(day, -1) !== ref.iso(ms - 86_400_000)) wrong.push(`${day} -1`);
      if (weekdayOf(day) !== new Date(ms).getUTCDay()) wrong.push(`${day} weekday`);
    }
    expect(wrong).toEqual([]);
  });

  it('crosses months, leap days and centuries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2024-12-31', 90)).toBe('2025-03-31');
    expect(addDays('2025-03-31', -90)).toBe('2024-12-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(weekdayOf('2024-10-01')).toBe(2);
    expect(weekdayOf('1969-12-31')).toBe(3);
  });
});
