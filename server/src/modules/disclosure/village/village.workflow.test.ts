import { describe, expect, it } from 'vitest';
import { authorRefusal, canComplaint, canItem, complaintRefusal, COMPLAINT_TRANSITIONS, reviewerRefusal, type ComplaintAction, type ComplaintState } from './village.workflow.js';

describe('三务公开 workflows (pure)', () => {
  it.each([
    ['draft', 'submit', true],
    ['draft', 'approve', false],
    ['in_review', 'approve', true],
    ['in_review', 'return', true],
    ['published', 'edit', false],
  ] as const)('item %s → %s allowed: %s', (s, a, ok) => {
    expect(canItem(s, a)).toBe(ok);
  });

  const complaints: [ComplaintState, ComplaintAction, boolean][] = [
    ['received', 'investigate', true],
    ['received', 'order', false],
    ['investigating', 'order', true],
    ['investigating', 'dismiss', true],
    ['ordered', 'confirm_published', true],
    ['ordered', 'close', false],
    ['dismissed', 'close', true],
    ['published', 'close', true],
    ['closed', 'investigate', false],
  ];
  it.each(complaints)('complaint %s → %s allowed: %s', (s, a, ok) => {
    expect(canComplaint(s, a)).toBe(ok);
  });

  it('follows received → investigating → ordered/dismissed → published → closed', () => {
    const path: ComplaintAction[] = ['investigate', 'order', 'confirm_published', 'close'];
    let state: ComplaintState = 'received';
    for (const a of path) {
      expect(canComplaint(state, a)).toBe(true);
      state = COMPLAINT_TRANSITIONS[a].to;
    }
    expect(state).toBe('closed');
    expect(complaintRefusal('closed', 'order')).toContain('第三十一条');
  });

  it.each([
    [{ authorId: 'a', reviewerId: 'b', reviewerIsSupervisor: true }, null],
    [{ authorId: 'a', reviewerId: 'b', reviewerIsSupervisor: false }, '须经本村村务监督委员会成员审查'],
    [{ authorId: 'a', reviewerId: 'a', reviewerIsSupervisor: true }, '不得审查本人起草'],
    [{ authorId: 'a', reviewerId: null, reviewerIsSupervisor: false }, '须经本村村务监督委员会成员审查'],
  ] as const)('review by the supervisory committee: %o', (input, refusal) => {
    const r = reviewerRefusal(input);
    if (refusal === null) expect(r).toBeNull();
    else expect(r).toContain(refusal);
  });

  it('keeps committee members from drafting (浙江实施办法 第三十条)', () => {
    expect(authorRefusal(true)).toContain('第三十条');
    expect(authorRefusal(false)).toBeNull();
  });
});
