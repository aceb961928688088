import { describe, expect, it } from 'vitest';
import { preReview, RULES } from './engine.js';
import { CONTRACT_HELD_OUT } from './fixtures/contract-heldout.js';

/**
 * Issue #9: the clause-level C rules on a held-out corpus written independently of them. Prints
 * precision and recall per rule and overall; no high-severity rule may fire on a lawful clause, and
 * the overall figures stay above their floors.
 */
const SEVERITY = new Map(RULES.filter((r) => r.kind === 'contract').map((r) => [r.id, r.severity]));
const fired = (c: (typeof CONTRACT_HELD_OUT)[number]) =>
  new Set(preReview({ kind: 'contract', text: c.text, fields: c.fields }).map((h) => h.ruleId));

const PRECISION_FLOOR = 0.85;
const RECALL_FLOOR = 0.75;
const ratio = (a: number, b: number) => (b ? a / b : null);
const shown = (x: number | null) => (x === null ? '—' : x.toFixed(2));

describe('contract rules on the held-out corpus', () => {
  const rows = new Map([...SEVERITY.keys()].map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const lawfulHits: { text: string; rules: string[] }[] = [];
  const wrong: { text: string; expected: readonly string[]; got: string[] }[] = [];
  for (const c of CONTRACT_HELD_OUT) {
    const got = fired(c);
    for (const id of c.rules) rows.get(id)![got.has(id) ? 'tp' : 'fn'] += 1;
    for (const id of got) if (!c.rules.includes(id)) rows.get(id)!.fp += 1;
    if (!c.rules.length && got.size) lawfulHits.push({ text: c.text, rules: [...got] });
    if ([...got].sort().join() !== [...c.rules].sort().join())
      wrong.push({ text: c.text, expected: c.rules, got: [...got] });
  }
  const sum = (k: 'tp' | 'fp' | 'fn') => [...rows.values()].reduce((n, r) => n + r[k], 0);
  const precision = ratio(sum('tp'), sum('tp') + sum('fp'))!;
  const recall = ratio(sum('tp'), sum('tp') + sum('fn'))!;

  it('prints precision and recall per rule and overall', () => {
    const lines = [...rows]
      .filter(([, r]) => r.tp + r.fp + r.fn)
      .map(
        ([id, r]) =>
          `${id.padEnd(4)} tp ${r.tp}  fp ${r.fp}  fn ${r.fn}  precision ${shown(ratio(r.tp, r.tp + r.fp))}  recall ${shown(ratio(r.tp, r.tp + r.fn))}`,
      );
    const lawful = CONTRACT_HELD_OUT.filter((c) => !c.rules.length).length;
    console.log(
      `contract held-out: ${lawful} lawful, ${CONTRACT_HELD_OUT.length - lawful} unlawful; ` +
        `precision ${shown(precision)}, recall ${shown(recall)}\n${lines.join('\n')}\n` +
        `wrong: ${JSON.stringify(wrong)}`,
    );
    expect(lawful).toBeGreaterThanOrEqual(20);
  });

  it('draws no high-severity hit on a lawful clause', () => {
    expect(lawfulHits.filter((h) => h.rules.some((id) => SEVERITY.get(id) === 'high'))).toEqual([]);
  });

  it('keeps overall precision and recall above their floors', () => {
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});
