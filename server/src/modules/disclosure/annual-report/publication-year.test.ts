import { describe, expect, it } from 'vitest';
import { publicationTooEarly } from './publication-year.js';

describe('annual report publication (政府信息公开条例 第四十九条)', () => {
  it.each([
    { year: 2024, today: '2024-12-31', allowed: false },
    { year: 2024, today: '2024-06-30', allowed: false },
    { year: 2025, today: '2024-12-31', allowed: false },
    { year: 2024, today: '2025-01-01', allowed: true },
    { year: 2023, today: '2025-03-01', allowed: true },
  ])('$year on $today: allowed $allowed', ({ year, today, allowed }) => {
    const r = publicationTooEarly(year, today);
    expect(r === null).toBe(allowed);
    if (r) expect(r).toContain('第四十九条');
  });
});
