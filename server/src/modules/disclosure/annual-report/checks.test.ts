import { describe, expect, it } from 'vitest';
import { runChecks } from './checks.js';
import { table4Of, zeroTable4Input } from './review-counts.js';
import { emptyRow, TABLE3_ROWS, type Table3 } from './table-layout.js';

/** A consistent table: the worked example of the domain file, all in the 自然人 column. */
function example(): Table3 {
  const t = Object.fromEntries(TABLE3_ROWS.map((r) => [r.key, emptyRow()])) as Table3;
  const set = (key: keyof Table3, n: number) => {
    t[key].natural_person = n;
    t[key].total = n;
  };
  set('new', 14069);
  set('carried_in', 560);
  set('disclosed', 5548);
  set('partially_disclosed', 2168);
  set('withheld_third_party', 730);
  set('unavailable_not_held', 3421);
  set('rejected_repeat', 457);
  set('other_other', 1486);
  set('results_total', 13810);
  set('carried_out', 819);
  return t;
}
const prev = () => ({ ...emptyRow(), natural_person: 560, total: 560 });

describe('annual report checks V1–V5', () => {
  it('pass on a consistent table (14069 + 560 = 13810 + 819)', () => {
    expect(
      runChecks(example(), table4Of(zeroTable4Input()), prev(), '上年').every((c) => c.ok),
    ).toBe(true);
  });

  it('V1: 一 + 二 must equal （七） + 四 in every column', () => {
    const t = example();
    t.carried_out.natural_person = 818;
    t.carried_out.total = 818;
    const v1 = runChecks(t, table4Of(zeroTable4Input()), prev(), '上年').find(
      (c) => c.code === 'V1',
    )!;
    expect(v1.ok).toBe(false);
    expect(v1.failures).toEqual([
      '自然人：一 + 二 = 14629，（七）总计 + 四 = 14628',
      '总计：一 + 二 = 14629，（七）总计 + 四 = 14628',
    ]);
  });

  it('V2: （七） must be the sum of the 21 leaf rows; V3: 总计 the sum of the six columns', () => {
    const t = example();
    t.disclosed.natural_person += 1;
    const checks = runChecks(t, table4Of(zeroTable4Input()), prev(), '上年');
    expect(checks.find((c) => c.code === 'V2')!.failures).toEqual([
      '自然人：（七）总计 = 13810，各项之和 = 13811',
    ]);
    expect(checks.find((c) => c.code === 'V3')!.failures).toEqual([
      '“（一）予以公开”：总计 = 5548，各列之和 = 5549',
    ]);
  });

  it('V4: non-negative integers, and 表四 group totals', () => {
    const t = example();
    t.withheld_state_secret.commercial = -1;
    const t4 = table4Of(zeroTable4Input());
    t4.review.total = 2;
    const v4 = runChecks(t, t4, prev(), '上年').find((c) => c.code === 'V4')!;
    expect(v4.failures).toContain('表三“1.属于国家秘密”商业企业：-1');
    expect(v4.failures).toContain('表四“行政复议”：维持 + 纠正 + 其他 + 尚未审结 = 0，总计 = 2');
  });

  it('V5: last year’s 四 must equal this year’s 二', () => {
    const v5 = runChecks(
      example(),
      table4Of(zeroTable4Input()),
      { ...emptyRow(), natural_person: 561, total: 561 },
      '2023年已发布报告',
    ).find((c) => c.code === 'V5')!;
    expect(v5.ok).toBe(false);
    expect(v5.failures[0]).toBe(
      '自然人：2023年已发布报告“四、结转下年度继续办理” = 561，本年“二、上年结转” = 560',
    );
  });
});
