import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings, settingRows } from './review.settings.js';

describe('review settings', () => {
  it('starts from documented defaults, the major-decision period a town setting (条例 art 28: 及时)', () => {
    const s = resolveSettings([]);
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(s.periods.major_decision).toMatchObject({ days: 7, unit: 'working', confirmed: false });
    expect(s.periods.major_decision.basis).toContain('本镇设置');
    expect(s.periods.village_contract.confirmed).toBe(false);
  });

  it('overlays a town’s overrides and ignores what it cannot read', () => {
    const s = resolveSettings([
      { key: 'period.village_contract', value: '3' },
      { key: 'pauseDuringCoReview', value: 'true' },
      { key: 'tradingThresholdFen', value: '5000000' },
      { key: 'period.nonsense', value: '3' },
      { key: 'majorContractThresholdFen', value: 'not json' },
    ]);
    expect(s.periods.village_contract).toMatchObject({
      days: 3,
      source: '本镇设置（默认 5 个工作日）',
    });
    expect(s.pauseDuringCoReview).toBe(true);
    expect(s.tradingThresholdFen).toBe(5_000_000);
    expect(s.majorContractThresholdFen).toBe(DEFAULT_SETTINGS.majorContractThresholdFen);
  });

  it('writes one row per changed setting', () => {
    expect(settingRows({ periods: { gov_contract: 4 }, pauseDuringCoReview: false })).toEqual([
      { key: 'period.gov_contract', value: '4' },
      { key: 'pauseDuringCoReview', value: 'false' },
    ]);
  });
});
