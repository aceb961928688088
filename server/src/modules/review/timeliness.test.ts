import { describe, expect, it } from 'vitest';
import { timelinessOf } from './timeliness.js';

describe('timeliness of a review opinion (台账“是否按期”)', () => {
  it.each([
    ['2024-11-29', 'on_time', '按期'],
    ['2024-12-02', 'late_town_period', '超出本镇期限（非法定期限）'],
  ])('a major decision due 2024-11-29, opinion on %s: %s', (issuedOn, key, label) => {
    const t = timelinessOf({ type: 'major_decision', dueDate: '2024-11-29', issuedOn });
    expect(t).toMatchObject({ key, label, lateByStatute: false });
    // 条例 第二十八条 (及时) sets no number of days: the period is the town's.
    expect(t.basis).toContain('本镇设置');
  });

  it('is pending without an opinion and has no period without a clock', () => {
    expect(timelinessOf({ type: 'village_rules', dueDate: '2024-11-29', issuedOn: null }).key).toBe(
      'pending',
    );
    expect(
      timelinessOf({ type: 'village_contract', dueDate: null, issuedOn: '2024-11-29' }),
    ).toEqual({ key: 'no_period', label: '—', lateByStatute: false, basis: null });
  });
});
