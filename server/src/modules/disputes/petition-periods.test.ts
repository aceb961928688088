import { describe, expect, it } from 'vitest';
import {
  isPetition,
  PETITION_ACCEPTANCE,
  PETITION_HANDLING,
  petitionExtensionRefusal,
} from './petition-periods.js';

describe('the 信访 clocks (信访工作条例 第二十三条、第三十四条)', () => {
  it('gives 15 days to tell acceptance and 60 days to handle', () => {
    expect(PETITION_ACCEPTANCE.days).toBe(15);
    expect(PETITION_ACCEPTANCE.basis).toContain('第二十三条');
    expect(PETITION_HANDLING.days).toBe(60);
    expect(PETITION_HANDLING.basis).toContain('第三十四条');
  });

  it('counts letters, visits and online petitions as 信访, not walk-in applications', () => {
    expect(isPetition('petition_letter')).toBe(true);
    expect(isPetition('petition_online')).toBe(true);
    expect(isPetition('walk_in')).toBe(false);
  });

  it('extends by at most 30 days in all, and only with the head approving', () => {
    expect(petitionExtensionRefusal(0, 30, '王镇长')).toBeNull();
    expect(petitionExtensionRefusal(20, 10, '王镇长')).toBeNull();
    expect(petitionExtensionRefusal(20, 11, '王镇长')).toContain('不得超过30日');
    expect(petitionExtensionRefusal(0, 10, ' ')).toContain('负责人批准');
    expect(petitionExtensionRefusal(0, 10, null)).toContain('负责人批准');
  });
});
