import { describe, expect, it } from 'vitest';
import { normalize, splitClauses } from './clauses.js';
import { amountsIn, parseNumber, percentsIn } from './numerals.js';
import { addYears, autoRenewalIn, dateRangeIn, longerThanYears, termYearsIn } from './terms.js';

describe('splitClauses', () => {
  it('splits on sentence ends and lines, trims, and keeps offsets into the original text', () => {
    const text =
      '第一条  乱倒垃圾者罚款200元；屡教不改者开除村籍。\n\n第二条 本约自通过之日起施行！';
    const cs = splitClauses(text);
    expect(cs.map((c) => c.text)).toEqual([
      '第一条  乱倒垃圾者罚款200元；',
      '屡教不改者开除村籍。',
      '第二条 本约自通过之日起施行！',
    ]);
    for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('starts a clause at numbered items run together on one line', () => {
    const cs = splitClauses(
      '一、总则 （一）村民应当守法 （二）禁止赌博 1. 爱护环境 2、节约用水 第三条 附则',
    );
    expect(cs.map((c) => c.text)).toEqual([
      '一、总则',
      '（一）村民应当守法',
      '（二）禁止赌博',
      '1. 爱护环境',
      '2、节约用水',
      '第三条 附则',
    ]);
  });

  it('does not split inside references, decimals or dates', () => {
    expect(
      splitClauses('依照本规约第（一）项，违约金为1.5万元，自2024年1月1日起计算。').map(
        (c) => c.text,
      ),
    ).toHaveLength(1);
  });

  it('keeps closing quotes with their sentence', () => {
    const cs = splitClauses('改为“由村委会批评教育。”随后施行。');
    expect(cs.map((c) => c.text)).toEqual(['改为“由村委会批评教育。”', '随后施行。']);
  });

  it('reads full-width digits and signs as ASCII without moving offsets', () => {
    const text = '违约金为合同总价的５０％，罚款２００元。';
    expect(normalize(text)).toBe('违约金为合同总价的50%，罚款200元。');
    expect(normalize(text)).toHaveLength(text.length);
  });
});

describe('numbers in Chinese and Arabic', () => {
  it.each([
    ['30', 30],
    ['1.5万', 15_000],
    ['三十', 30],
    ['二十五', 25],
    ['十', 10],
    ['一百零五', 105],
    ['两', 2],
    ['壹佰万', 1_000_000],
    ['三千五百万', 35_000_000],
    ['一万二千', 12_000],
    ['二〇二四', 2024],
    ['廿五', 25],
  ] as const)('%s → %d', (s, n) => expect(parseNumber(s)).toBe(n));

  it('finds percentages and amounts', () => {
    expect(percentsIn('违约金为合同总价的50%，定金为百分之三十')).toEqual([50, 30]);
    expect(amountsIn('罚款200元，租金5万元，总价人民币壹佰万元整')).toEqual([
      200, 50_000, 1_000_000,
    ]);
  });
});

describe('terms and dates', () => {
  it('reads stated terms by kind of contract', () => {
    expect(termYearsIn('租赁期限为三十年', 'lease')).toBe(30);
    expect(termYearsIn('租期20年', 'lease')).toBe(20);
    expect(termYearsIn('期限为六个月')).toBe(0.5);
    expect(termYearsIn('甲方土地承包期为三十年，本合同租赁期限为十年', 'lease')).toBe(10);
  });

  it('reads date ranges and compares them with whole years (民法典 art 202)', () => {
    expect(dateRangeIn('租赁期限自2024年1月1日起至2053年12月31日止')).toEqual({
      start: '2024-01-01',
      end: '2053-12-31',
    });
    expect(longerThanYears('2024-01-01', '2043-12-31', 20)).toBe(false);
    expect(longerThanYears('2024-01-01', '2044-01-01', 20)).toBe(true);
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('reads automatic renewals', () => {
    expect(autoRenewalIn('期满后自动续期十年')).toEqual({ years: 10 });
    expect(autoRenewalIn('期满后自动顺延')).toEqual({ years: 0 });
    expect(autoRenewalIn('期满后另行协商续签')).toBeNull();
  });
});
