import { describe, expect, it } from 'vitest';
import { perItemFee, perPageFee, quoteFee } from './fees.js';

describe('信息处理费 (国办函〔2020〕109号)', () => {
  it.each([
    [1, 0],
    [10, 0],
    [11, 10000],
    [30, 10000],
    [31, 20000],
    [40, 20000],
    [41, 30000],
    [55, 40000],
  ])('按件: the %i-th item of the month costs %i fen', (n, fen) => {
    expect(perItemFee(n)).toBe(fen);
  });

  it.each([
    [30, 0],
    [31, 1000],
    [100, 70000],
    [101, 72000],
    [200, 270000],
    [201, 274000],
    [250, 470000],
  ])('按量: %i pages cost %i fen, each band at its own rate', (pages, fen) => {
    expect(perPageFee(pages)).toBe(fen);
  });

  it('prices an application of several items at the positions it occupies in the month', () => {
    const q = quoteFee({ method: 'per_item', items: 3, earlierItemsThisMonth: 9 });
    expect(q.amountFen).toBe(20000); // items 10 (free), 11 and 12 (100 元 each)
    expect(q.explanation).toContain('第10至12件');
    expect(quoteFee({ method: 'per_page', pages: 120 }).explanation).toContain('合计1100元');
  });
});
