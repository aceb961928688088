import { describe, expect, it } from 'vitest';
import { commentOpen, commentPeriodDays } from './comment-period.js';

describe('公开征求意见期限 (条例 第十五条)', () => {
  it('counts calendar days with both ends', () => {
    expect(commentPeriodDays('2024-03-26', '2024-04-24')).toBe(30);
    expect(commentPeriodDays('2024-02-01', '2024-02-29')).toBe(29);
    expect(commentPeriodDays('2024-12-20', '2025-01-18')).toBe(30);
  });
  it('is open only from the first to the last day', () => {
    expect(commentOpen('2024-03-26', '2024-04-24', '2024-03-25')).toBe(false);
    expect(commentOpen('2024-03-26', '2024-04-24', '2024-03-26')).toBe(true);
    expect(commentOpen('2024-03-26', '2024-04-24', '2024-04-24')).toBe(true);
    expect(commentOpen('2024-03-26', '2024-04-24', '2024-04-25')).toBe(false);
    expect(commentOpen(null, null, '2024-04-01')).toBe(false);
  });
});
