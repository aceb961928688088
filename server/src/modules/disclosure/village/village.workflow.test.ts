import { describe, expect, it } from 'vitest';
import { checkStep } from '../../../core/workflow/index.js';
import {
  COMPLAINT_WORKFLOW,
  type ComplaintAction,
  type ComplaintState,
} from './complaint.workflow.js';
import {
  authorRefusal,
  reviewerRefusal,
  VILLAGE_ITEM_WORKFLOW,
  type VillageItemAction,
  type VillageItemFacts,
  type VillageItemState,
} from './village.workflow.js';

const itemFacts = (
  state: VillageItemState,
  over: Partial<VillageItemFacts> = {},
): VillageItemFacts => ({
  state,
  authorId: 'a',
  actorUserId: 's',
  actorIsSupervisor: true,
  supervisorCount: 3,
  ...over,
});
const itemResult = (a: VillageItemAction, f: VillageItemFacts) => {
  const c = checkStep(VILLAGE_ITEM_WORKFLOW, a, f);
  return c.ok ? c.to : c.refusal.code;
};
const complaintResult = (a: ComplaintAction, state: ComplaintState) => {
  const c = checkStep(COMPLAINT_WORKFLOW, a, { state });
  return c.ok ? c.to : c.refusal.code;
};

describe('三务公开 workflows (pure)', () => {
  it.each([
    ['draft', 'submit', 'in_review'],
    ['draft', 'approve', 'INVALID_STATE'],
    ['in_review', 'approve', 'published'],
    ['in_review', 'return', 'draft'],
    ['published', 'return', 'INVALID_STATE'],
  ] as const)('item %s → %s gives %s', (s, a, result) => {
    expect(itemResult(a, itemFacts(s))).toBe(result);
  });

  it('needs a registered committee to submit, and a member other than the author to review', () => {
    expect(itemResult('submit', itemFacts('draft', { supervisorCount: 0 }))).toBe('NO_SUPERVISORS');
    expect(itemResult('approve', itemFacts('in_review', { actorIsSupervisor: false }))).toBe(
      'NOT_SUPERVISOR',
    );
    expect(itemResult('return', itemFacts('in_review', { actorUserId: 'a' }))).toBe(
      'NOT_SUPERVISOR',
    );
  });

  const complaints: [ComplaintState, ComplaintAction, string][] = [
    ['received', 'investigate', 'investigating'],
    ['received', 'order', 'INVALID_STATE'],
    ['investigating', 'order', 'ordered'],
    ['investigating', 'dismiss', 'dismissed'],
    ['ordered', 'confirm_published', 'published'],
    ['ordered', 'close', 'INVALID_STATE'],
    ['dismissed', 'close', 'closed'],
    ['published', 'close', 'closed'],
    ['closed', 'investigate', 'INVALID_STATE'],
  ];
  it.each(complaints)('complaint %s → %s gives %s', (s, a, result) => {
    expect(complaintResult(a, s)).toBe(result);
  });

  it('follows received → investigating → ordered → published → closed', () => {
    let state: ComplaintState = 'received';
    for (const a of ['investigate', 'order', 'confirm_published', 'close'] as const)
      state = complaintResult(a, state) as ComplaintState;
    expect(state).toBe('closed');
  });

  it.each([
    [{ authorId: 'a', reviewerId: 'b', reviewerIsSupervisor: true }, null],
    [
      { authorId: 'a', reviewerId: 'b', reviewerIsSupervisor: false },
      '须经本村村务监督委员会成员审查',
    ],
    [{ authorId: 'a', reviewerId: 'a', reviewerIsSupervisor: true }, '不得审查本人起草'],
    [
      { authorId: 'a', reviewerId: null, reviewerIsSupervisor: false },
      '须经本村村务监督委员会成员审查',
    ],
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
