import { describe, expect, it } from 'vitest';
import { preReview, RULES } from './engine.js';
import { CONTRACT_CORPUS } from './fixtures/contract-corpus.js';
import { LAWFUL_LEASE } from './fixtures/contract-samples.js';

/**
 * Issue #15: the C rules judge a clause by what it does. Precision and recall per rule on a clause
 * corpus, printed; the bar is the corpus itself — no rule fires on a lawful clause and every
 * unlawful clause is found by each of its rules (a miss or a false alarm is a regression).
 */
const C_RULES = RULES.filter((r) => r.kind === 'contract');
const fired = (c: (typeof CONTRACT_CORPUS)[number]) =>
  new Set(preReview({ kind: 'contract', text: c.text, fields: c.fields }).map((h) => h.ruleId));

describe('contract rules on the clause corpus', () => {
  const rows = new Map(C_RULES.map((r) => [r.id, { tp: 0, fp: 0, fn: 0 }]));
  const wrong: { text: string; expected: string[]; got: string[] }[] = [];
  for (const c of CONTRACT_CORPUS) {
    const got = fired(c);
    for (const id of c.rules) rows.get(id)![got.has(id) ? 'tp' : 'fn'] += 1;
    for (const id of got) if (!c.rules.includes(id)) rows.get(id)!.fp += 1;
    if ([...got].sort().join() !== [...c.rules].sort().join())
      wrong.push({ text: c.text, expected: [...c.rules], got: [...got] });
  }

  it('prints precision and recall per rule', () => {
    const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');
    const lines = [...rows].map(
      ([id, r]) =>
        `${id.padEnd(4)} tp ${r.tp}  fp ${r.fp}  fn ${r.fn}  precision ${ratio(r.tp, r.tp + r.fp)}  recall ${ratio(r.tp, r.tp + r.fn)}`,
    );
    const lawful = CONTRACT_CORPUS.filter((c) => !c.rules.length).length;
    console.log(
      `contract corpus: ${lawful} lawful clauses, ${CONTRACT_CORPUS.length - lawful} unlawful\n${lines.join('\n')}`,
    );
    expect(CONTRACT_CORPUS.length).toBeGreaterThanOrEqual(50);
  });

  it('fires exactly the expected rules on every clause', () => {
    expect(wrong).toEqual([]);
  });

  it('rates a waiver of the right to sue high and 50 % liquidated damages as a point to revise', () => {
    const waiver = preReview({
      kind: 'contract',
      text: '乙方放弃一切诉讼权利，由甲方作出最终决定。',
    });
    expect(waiver).toEqual([
      expect.objectContaining({
        ruleId: 'C12',
        severity: 'high',
        title: '排除一方起诉、仲裁等救济权利',
      }),
    ]);
    const damages = preReview({
      kind: 'contract',
      text: '乙方违约的，应当向甲方支付合同总价款50%的违约金。',
    });
    expect(damages).toEqual([
      expect.objectContaining({ ruleId: 'C10', severity: 'medium', title: '违约金比例偏高' }),
    ]);
  });

  it('reports a whole contract that waives the right to sue as that, not as lacking a dispute clause', () => {
    const text = LAWFUL_LEASE.replace(
      /第十条 争议解决\n[^\n]+\n/,
      '第十条 争议解决\n乙方放弃一切诉讼权利，由甲方作出最终决定。\n',
    );
    expect(text).not.toBe(LAWFUL_LEASE);
    const c12 = preReview({ kind: 'contract', text }).filter((h) => h.ruleId === 'C12');
    expect(c12.map((h) => [h.title, h.severity, h.clause])).toEqual([
      ['排除一方起诉、仲裁等救济权利', 'high', '乙方放弃一切诉讼权利，由甲方作出最终决定。'],
    ]);
  });
});
