import { describe, expect, it } from 'vitest';
import { checkStep } from '../../../core/workflow/index.js';
import { CATEGORIES } from './categories.js';
import {
  canEdit,
  isPublic,
  ITEM_STATES,
  nextReassessment,
  PROACTIVE_WORKFLOW,
  secondPersonRefusal,
  type ItemAction,
  type ItemFacts,
  type ItemState,
} from './proactive.workflow.js';

const facts = (state: ItemState, over: Partial<ItemFacts> = {}): ItemFacts => ({
  state,
  category: 'regulations',
  authorId: 'a',
  submittedBy: 'a',
  actorUserId: 'r',
  explainedPublished: null,
  ...over,
});
const codeOf = (action: ItemAction, f: ItemFacts) => {
  const c = checkStep(PROACTIVE_WORKFLOW, action, f);
  return c.ok ? c.to : c.refusal.code;
};

describe('主动公开 workflow (pure)', () => {
  const table: [ItemState, ItemAction, string][] = [
    ['draft', 'submit', 'in_review'],
    ['draft', 'approve', 'INVALID_STATE'],
    ['in_review', 'approve', 'published'],
    ['in_review', 'return', 'draft'],
    ['in_review', 'withhold', 'withheld'],
    ['published', 'withdraw', 'withdrawn'],
    ['published', 'record_abolition', 'published'],
    ['published', 'approve', 'INVALID_STATE'],
    ['published', 'supersede', 'superseded'],
    ['withheld', 'reassess', 'withheld'],
    ['withheld', 'approve', 'INVALID_STATE'],
    ['withdrawn', 'withdraw', 'INVALID_STATE'],
  ];
  it.each(table)('%s → %s gives %s', (state, action, result) => {
    expect(codeOf(action, facts(state))).toBe(result);
  });

  it('edits drafts only', () => {
    expect((Object.keys(ITEM_STATES) as ItemState[]).filter(canEdit)).toEqual(['draft']);
  });

  it('refuses a decision by the author or submitter (art 17), an interpretation before its document, abolition of other categories', () => {
    expect(codeOf('approve', facts('in_review', { actorUserId: 'a' }))).toBe('SAME_PERSON_REVIEW');
    expect(codeOf('withhold', facts('in_review', { actorUserId: null }))).toBe(
      'SAME_PERSON_REVIEW',
    );
    expect(codeOf('approve', facts('in_review', { explainedPublished: false }))).toBe(
      'EXPLAINED_NOT_PUBLISHED',
    );
    expect(codeOf('record_abolition', facts('published', { category: 'budget' }))).toBe(
      'NOT_REGULATIONS',
    );
  });

  it('releases withheld information to review, or keeps it withheld', () => {
    expect(codeOf('reassess', facts('withheld', { release: true }))).toBe('in_review');
    expect(codeOf('reassess', facts('withheld', { release: false }))).toBe('withheld');
  });

  it.each([
    [{ authorId: 'a', submittedBy: 'a' }, 'a', true],
    [{ authorId: 'a', submittedBy: 'b' }, 'b', true],
    [{ authorId: 'a', submittedBy: 'b' }, 'c', false],
    [{ authorId: 'a', submittedBy: null }, null, true],
  ] as const)(
    'second-person check (art 17): %o reviewed by %s refused: %s',
    (item, reviewer, refused) => {
      const r = secondPersonRefusal(item, reviewer);
      expect(r !== null).toBe(refused);
      if (r) expect(r).toContain('第十七条');
    },
  );

  it.each([
    ['2024-11-20', 12, '2025-11-20'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-12-15', 3, '2025-03-15'],
  ])('re-assessment (art 18) after %s + %i months is %s', (from, months, due) => {
    expect(nextReassessment(from, months)).toBe(due);
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
