import { describe, expect, it } from 'vitest';
import { RULES } from './engine.js';
import { countDecisions, rulePrecision } from './precision.js';

describe('rulePrecision', () => {
  const counts = countDecisions([
    { ruleId: 'R1', decision: 'accepted' },
    { ruleId: 'R1', decision: 'accepted' },
    { ruleId: 'R1', decision: 'dismissed' },
    { ruleId: 'C10', decision: 'dismissed' },
    { ruleId: 'R99', decision: 'accepted' },
  ]);

  it('computes accepted ÷ decided per rule, null before any decision', () => {
    const rows = rulePrecision(counts);
    expect(rows.find((r) => r.ruleId === 'R1')).toMatchObject({
      accepted: 2,
      dismissed: 1,
      decided: 3,
      precision: 0.6667,
      title: '设定罚款',
      kind: 'village_rules',
    });
    expect(rows.find((r) => r.ruleId === 'C10')).toMatchObject({ decided: 1, precision: 0 });
    expect(rows.find((r) => r.ruleId === 'R2')).toMatchObject({ decided: 0, precision: null });
  });

  it('lists every catalogue rule in order, then retired ids still present in the decisions', () => {
    const rows = rulePrecision(counts);
    expect(rows.slice(0, RULES.length).map((r) => r.ruleId)).toEqual(RULES.map((r) => r.id));
    expect(rows.at(-1)).toMatchObject({ ruleId: 'R99', kind: null, precision: 1 });
  });

  it('adds up several count rows for one rule and filters by kind', () => {
    const rows = rulePrecision(
      [
        { ruleId: 'R4', accepted: 3, dismissed: 0 },
        { ruleId: 'R4', accepted: 1, dismissed: 4 },
      ],
      'village_rules',
    );
    expect(rows.every((r) => r.kind === 'village_rules')).toBe(true);
    expect(rows.find((r) => r.ruleId === 'R4')).toMatchObject({
      accepted: 4,
      dismissed: 4,
      precision: 0.5,
    });
  });
});
