import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './categories.js';
import { canTransition, isPublic, ITEM_STATES, nextReassessment, reassessTarget, secondPersonRefusal, stateRefusal, TRANSITIONS, type ItemAction, type ItemState } from './proactive.workflow.js';

describe('主动公开 workflow (pure)', () => {
  const table: [ItemState, ItemAction, boolean][] = [
    ['draft', 'edit', true],
    ['draft', 'submit', true],
    ['draft', 'approve', false],
    ['in_review', 'approve', true],
    ['in_review', 'return', true],
    ['in_review', 'withhold', true],
    ['in_review', 'edit', false],
    ['published', 'withdraw', true],
    ['published', 'record_abolition', true],
    ['published', 'approve', false],
    ['withheld', 'reassess', true],
    ['withheld', 'approve', false],
    ['withdrawn', 'withdraw', false],
    ['superseded', 'edit', false],
  ];
  it.each(table)('%s → %s allowed: %s', (state, action, ok) => {
    expect(canTransition(state, action)).toBe(ok);
  });

  it('names the states that allow an action when refusing', () => {
    expect(stateRefusal('published', 'submit')).toBe('该信息当前为“已公开”，只有“起草中”的信息可以提交保密审查');
  });

  it('every transition starts from a known state', () => {
    for (const t of Object.values(TRANSITIONS)) for (const s of t.from) expect(ITEM_STATES[s]).toBeDefined();
  });

  it.each([
    [{ authorId: 'a', submittedBy: 'a' }, 'a', true],
    [{ authorId: 'a', submittedBy: 'b' }, 'b', true],
    [{ authorId: 'a', submittedBy: 'b' }, 'c', false],
    [{ authorId: 'a', submittedBy: null }, null, true],
  ] as const)('second-person check (art 17): %o reviewed by %s refused: %s', (item, reviewer, refused) => {
    const r = secondPersonRefusal(item, reviewer);
    expect(r !== null).toBe(refused);
    if (r) expect(r).toContain('第十七条');
  });

  it.each([
    ['2024-11-20', 12, '2025-11-20'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-12-15', 3, '2025-03-15'],
  ])('re-assessment (art 18) after %s + %i months is %s', (from, months, due) => {
    expect(nextReassessment(from, months)).toBe(due);
  });

  it('releases withheld information to review, or keeps it withheld', () => {
    expect(reassessTarget(true)).toBe('in_review');
    expect(reassessTarget(false)).toBe('withheld');
  });

  it('shows only published entries publicly', () => {
    expect((Object.keys(ITEM_STATES) as ItemState[]).filter(isPublic)).toEqual(['published']);
  });

  it('has the 15 categories of art 20 and the 8 township categories of art 21', () => {
    expect(CATEGORIES.filter((c) => c.group === 'art20')).toHaveLength(15);
    expect(CATEGORIES.filter((c) => c.group === 'art21')).toHaveLength(8);
    expect(new Set(CATEGORIES.map((c) => c.key)).size).toBe(23);
    expect(CATEGORIES[14]).toMatchObject({ article: '第二十条第（十五）项' });
  });
});
