import { describe, expect, it } from 'vitest';
import { preReview, RULES } from './engine.js';
import { LAWFUL, UNLAWFUL } from './fixtures/village-rules-corpus.js';

/**
 * Issue #9: precision and recall of the 村规民约 rules on a corpus of single clauses. Printed per rule.
 * Bars: a high-severity hit tells the drafter to strike the clause, so on lawful clauses — most of
 * them protective — none may fire (precision 1 against the lawful corpus); every rule with unlawful
 * examples finds each of them (recall 1 on this corpus: a miss is a regression, the corpus grows with
 * every clause reviewers report).
 */
const CLAUSE_RULES = RULES.filter((r) => r.kind === 'village_rules' && r.id !== 'R24');
const fired = (text: string) =>
  new Set(preReview({ kind: 'village_rules', text }).map((h) => h.ruleId));

interface Row {
  rule: string;
  severity: string;
  tp: number;
  fp: number;
  fn: number;
}

function score(): { rows: Row[]; lawfulHits: { text: string; rules: string[] }[] } {
  const rows = new Map<string, Row>(
    CLAUSE_RULES.map((r) => [r.id, { rule: r.id, severity: r.severity, tp: 0, fp: 0, fn: 0 }]),
  );
  const lawfulHits: { text: string; rules: string[] }[] = [];
  for (const text of LAWFUL) {
    const got = [...fired(text)];
    for (const id of got) rows.get(id)!.fp += 1;
    if (got.length) lawfulHits.push({ text, rules: got });
  }
  for (const c of UNLAWFUL) {
    const got = fired(c.text);
    for (const id of c.rules) rows.get(id)![got.has(id) ? 'tp' : 'fn'] += 1;
    for (const id of got) if (!c.rules.includes(id)) rows.get(id)!.fp += 1;
  }
  return { rows: [...rows.values()], lawfulHits };
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');

describe('村规民约 rules on the clause corpus', () => {
  const { rows, lawfulHits } = score();

  it('prints precision and recall per rule', () => {
    const lines = rows.map(
      (r) =>
        `${r.rule.padEnd(4)} ${r.severity.padEnd(6)} tp ${r.tp}  fp ${r.fp}  fn ${r.fn}  precision ${ratio(r.tp, r.tp + r.fp)}  recall ${ratio(r.tp, r.tp + r.fn)}`,
    );
    console.log(
      `村规民约 corpus: ${LAWFUL.length} lawful clauses, ${UNLAWFUL.length} unlawful\n${lines.join('\n')}`,
    );
    expect(LAWFUL.length).toBeGreaterThanOrEqual(50);
  });

  it('fires no rule on a lawful clause, protective ones included', () => {
    expect(lawfulHits).toEqual([]);
  });

  it('finds every unlawful clause with each of its rules, and nothing else', () => {
    const misses = UNLAWFUL.map((c) => ({
      text: c.text,
      expected: [...c.rules].sort(),
      got: [...fired(c.text)].sort(),
    })).filter((c) => c.expected.join() !== c.got.join());
    expect(misses).toEqual([]);
  });

  it('gives each rule that has unlawful examples a precision and a recall of 1', () => {
    for (const r of rows.filter((x) => x.tp + x.fn > 0)) {
      expect(r.fp, r.rule).toBe(0);
      expect(r.fn, r.rule).toBe(0);
    }
  });
});

describe('each rule’s own suggested wording', () => {
  for (const r of CLAUSE_RULES) {
    it(`${r.id}: 「${r.suggestion.slice(0, 24)}…」 is no hit of ${r.id}`, () => {
      expect(fired(r.suggestion).has(r.id)).toBe(false);
    });
  }
});
