import { describe, expect, it } from 'vitest';
import { rate, ruleStats } from './stats.rules.js';

describe('per-rule pre-review statistics', () => {
  it('counts hits and computes precision from accepted and dismissed hits only, in catalogue order', () => {
    const stats = ruleStats([
      { ruleId: 'R4', decision: 'accepted' },
      { ruleId: 'R1', decision: 'accepted' },
      { ruleId: 'R1', decision: 'accepted' },
      { ruleId: 'R1', decision: 'dismissed' },
      { ruleId: 'R1', decision: 'pending' },
      { ruleId: 'C12', decision: 'pending' },
    ]);
    expect(stats.map((s) => s.ruleId)).toEqual(['R1', 'R4', 'C12']);
    expect(stats[0]).toMatchObject({
      ruleId: 'R1',
      hits: 4,
      accepted: 2,
      dismissed: 1,
      pending: 1,
    });
    expect(stats[0]!.precision).toBeCloseTo(0.6667, 4);
    expect(stats[0]!.title).toMatch(/[\u4e00-\u9fa5]/);
    expect(stats[1]).toMatchObject({ ruleId: 'R4', hits: 1, accepted: 1, precision: 1 });
    expect(stats[2]).toMatchObject({ ruleId: 'C12', hits: 1, pending: 1, precision: null });
  });

  it('rounds rates and refuses to divide by zero', () => {
    expect(rate(89, 89)).toBe(1);
    expect(rate(2, 3)).toBe(0.667);
    expect(rate(0, 0)).toBeNull();
  });
});
