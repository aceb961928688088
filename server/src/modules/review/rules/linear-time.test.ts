import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.js';
import { preReview, type PreReviewKind } from './engine.js';
import { amountsIn, parseNumber, percentsIn } from './numerals.js';
import { termYearsIn } from './terms.js';

/**
 * Security issue #8: 200 000 characters (the allowed maximum) of hostile text. Before the fix a
 * 30 000-character digit run took ~2.5 s and 壹壹壹… ~6 s (quadratic number patterns), so at
 * 200 000 characters these cases ran for minutes; now each is one pass. No timing is asserted:
 * the bound is vitest's normal test timeout (30 s for all cases together), and the results must be right.
 */
const N = 200_000;
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const HOSTILE: Record<string, string> = {
  digits: `合同总价${fill('1', N - 4)}`,
  financialNumerals: `合同总价${fill('壹', N - 4)}`,
  plainNumerals: `租赁期限为${fill('一二三四五六七八九十', N - 5)}`,
  percentRun: `违约金为合同金额的${fill('9', N - 10)}%`,
  unclosedTags: fill('<w:t xml:space="preserve"', N),
  mixed: fill('期限为1一2二3%百分之壹佰元第', N),
  spaces: `租赁期限${' '.repeat(N - 8)}二十年。`,
  prepaid: fill('一次性支付1', N),
  renewal: fill('期满自动续期', N - 10) + fill('9', 10),
  itemStarts: fill('\n第一二三四五六七八九十', N),
  sentenceEnds: fill('。）', N),
  negatedMeasures: fill('不得罚款', N),
  charges: fill('交费缴金收取元', N),
  unilateral: fill('甲方有权随时调整乙方不得', N),
  waivers: fill('放弃一切诉讼权利由甲方', N),
};

const KINDS: PreReviewKind[] = ['contract', 'village_rules', 'fair_competition'];

describe('the engine on 200 000 characters of hostile text', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`finishes on ${name} for every kind, with well-formed hits`, () => {
      expect(text.length).toBeGreaterThanOrEqual(N - 10);
      for (const kind of KINDS) {
        for (const h of preReview({ kind, text })) {
          expect(text.slice(h.start, h.end)).toBe(h.clause);
        }
      }
    });
  }

  it('reads no number out of a run too long to be one', () => {
    expect(amountsIn(HOSTILE.digits!.replace(/1$/, '元'))).toEqual([]);
    expect(amountsIn(`${fill('壹', N)}元`)).toEqual([]);
    expect(percentsIn(HOSTILE.percentRun!)).toEqual([]);
    expect(termYearsIn(`租期${fill('一', N)}年`, 'lease')).toBeNull();
  });

  it('still reads the real figures that follow hostile runs', () => {
    const junk = fill('壹1一', N / 2);
    expect(amountsIn(`${junk}，合同总价人民币伍拾万元`)).toEqual([500_000]);
    expect(amountsIn(`${junk}。合同总价120万元`)).toEqual([1_200_000]);
    expect(percentsIn(`${junk}。违约金为合同金额的50%`)).toEqual([50]);
    expect(percentsIn(`${junk}。违约金为百分之三十`)).toEqual([30]);
    expect(termYearsIn(`${junk}。租赁期限为三十年`, 'lease')).toBe(30);
    expect(parseNumber('二十五')).toBe(25);
  });

  it('still finds an unlawful clause placed after 200 000 characters of digits', () => {
    const text = `${fill('1', N)}\n本租赁合同租赁期限为三十年，租金每年5万元。`;
    const hits = preReview({ kind: 'contract', text, fields: { contractType: 'lease' } });
    expect(hits.map((h) => h.ruleId)).toContain('C1');
    const village = preReview({
      kind: 'village_rules',
      text: `${fill('壹', N)}\n第五条 乱倒垃圾者罚款200元。`,
    });
    expect(village.map((h) => h.ruleId)).toEqual(['R1']);
  });

  it('splits hostile text into clauses with exact offsets', () => {
    for (const text of [HOSTILE.itemStarts!, HOSTILE.sentenceEnds!, HOSTILE.mixed!]) {
      const clauses = splitClauses(text);
      for (const c of clauses.slice(0, 50)) expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(clauses.length).toBeGreaterThan(0);
    }
  });
});
