import { describe, expect, it } from 'vitest';
import { OUTCOME_KEYS, OUTCOMES } from './outcomes.js';
import { remedyNotice } from './remedy.js';

const parties = { reviewAuthority: '慈溪市人民政府', court: '有管辖权的人民法院' };

describe('救济途径告知', () => {
  it('tells those refused information to seek review first (行政复议法第二十三条第一款第四项)', () => {
    for (const o of OUTCOME_KEYS.filter(
      (k) => OUTCOMES[k].group === 'withheld' || k === 'partially_disclosed',
    )) {
      const text = remedyNotice(o, parties);
      expect(text).toContain('第二十三条第一款第（四）项');
      expect(text).toContain('应当先向行政复议机关申请行政复议');
      expect(text).toContain('六十日内向慈溪市人民政府申请行政复议');
      expect(text).not.toContain('六个月');
    }
  });

  it('offers review within 60 days or court within six months otherwise (行政诉讼法第四十六条)', () => {
    for (const o of [
      'disclosed',
      'unavailable_not_held',
      'rejected_repeat',
      'other_correction_overdue',
    ] as const) {
      const text = remedyNotice(o, parties);
      expect(text).toContain('六十日内');
      expect(text).toContain(
        '六个月内向有管辖权的人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）',
      );
      expect(text).not.toContain('第二十三条');
    }
  });

  it('has one outcome per leaf row of 表三: 2 + 8 + 3 + 5 + 3 = 21', () => {
    const groups = OUTCOME_KEYS.map((k) => OUTCOMES[k].group);
    expect(groups.length).toBe(21);
    expect(groups.filter((g) => g === 'withheld')).toHaveLength(8);
    expect(groups.filter((g) => g === 'unavailable')).toHaveLength(3);
    expect(groups.filter((g) => g === 'rejected')).toHaveLength(5);
    expect(groups.filter((g) => g === 'other')).toHaveLength(3);
  });
});
