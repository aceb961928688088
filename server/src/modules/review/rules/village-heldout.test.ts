import { describe, expect, it } from 'vitest';
import { preReview, RULES } from './engine.js';
import { HELD_OUT_LAWFUL, HELD_OUT_UNLAWFUL } from './fixtures/village-rules-heldout.js';

/**
 * Issue #9: the 村规民约 rules on a held-out corpus written independently of them. Prints precision
 * and recall per rule and overall, and holds floors: a lawful clause may not draw a high-severity hit
 * (the drafter would strike a lawful clause), and overall recall stays at or above the floor.
 */
const CLAUSE_RULES = RULES.filter((r) => r.kind === 'village_rules' && r.id !== 'R24');
const SEVERITY = new Map(CLAUSE_RULES.map((r) => [r.id, r.severity]));
const fired = (text: string) =>
  new Set(preReview({ kind: 'village_rules', text }).map((h) => h.ruleId));

const PRECISION_FLOOR = 0.85;
const RECALL_FLOOR = 0.75;

function score() {
  const rows = new Map(CLAUSE_RULES.map((r) => [r.id, { tp: 0, fp: 0, fn: 0 }]));
  const lawfulHits: { text: string; rules: string[] }[] = [];
  for (const text of HELD_OUT_LAWFUL) {
    const got = [...fired(text)];
    for (const id of got) rows.get(id)!.fp += 1;
    if (got.length) lawfulHits.push({ text, rules: got });
  }
  const misses: { text: string; missed: string[] }[] = [];
  for (const c of HELD_OUT_UNLAWFUL) {
    const got = fired(c.text);
    for (const id of c.rules) rows.get(id)![got.has(id) ? 'tp' : 'fn'] += 1;
    for (const id of got) if (!c.rules.includes(id)) rows.get(id)!.fp += 1;
    const missed = c.rules.filter((id) => !got.has(id));
    if (missed.length) misses.push({ text: c.text, missed });
  }
  return { rows, lawfulHits, misses };
}

const ratio = (a: number, b: number) => (b ? a / b : null);
const shown = (x: number | null) => (x === null ? '—' : x.toFixed(2));

describe('村规民约 rules on the held-out corpus', () => {
  const { rows, lawfulHits, misses } = score();
  const sum = (k: 'tp' | 'fp' | 'fn') => [...rows.values()].reduce((n, r) => n + r[k], 0);
  const precision = ratio(sum('tp'), sum('tp') + sum('fp'))!;
  const recall = ratio(sum('tp'), sum('tp') + sum('fn'))!;

  it('prints precision and recall per rule and overall', () => {
    const lines = [...rows].map(
      ([id, r]) =>
        `${id.padEnd(4)} tp ${r.tp}  fp ${r.fp}  fn ${r.fn}  precision ${shown(ratio(r.tp, r.tp + r.fp))}  recall ${shown(ratio(r.tp, r.tp + r.fn))}`,
    );
    console.log(
      `村规民约 held-out: ${HELD_OUT_LAWFUL.length} lawful, ${HELD_OUT_UNLAWFUL.length} unlawful; ` +
        `precision ${shown(precision)}, recall ${shown(recall)}\n${lines.join('\n')}\n` +
        `lawful clauses hit: ${JSON.stringify(lawfulHits)}\nmissed: ${JSON.stringify(misses)}`,
    );
    expect(HELD_OUT_LAWFUL.length).toBeGreaterThanOrEqual(50);
  });

  it('draws no high-severity hit on a lawful clause', () => {
    expect(lawfulHits.filter((h) => h.rules.some((id) => SEVERITY.get(id) === 'high'))).toEqual([]);
  });

  it('keeps overall precision and recall above their floors', () => {
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});
