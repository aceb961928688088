import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIODS, MJD_MIN_WORKING_DAYS } from './review.settings.js';

describe('review periods: whose deadline it is', () => {
  it('keeps the major-decision 7 working days as the town’s own deadline, not a statutory one (条例 art 26 binds the submitter, art 28: 及时)', () => {
    const mjd = DEFAULT_PERIODS.major_decision;
    expect(mjd.days).toBe(MJD_MIN_WORKING_DAYS);
    expect(mjd.confirmed).toBe(false);
    expect(mjd.basis).toContain('本镇设置');
    expect(mjd.basis).toContain('第二十八条');
    expect(mjd.basis).not.toContain('第二十六条');
  });

  it('marks no review period as statutory', () => {
    expect(Object.values(DEFAULT_PERIODS).filter((p) => p.confirmed)).toEqual([]);
  });
});
