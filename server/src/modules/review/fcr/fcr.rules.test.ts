import { describe, expect, it } from 'vitest';
import { FCR_STANDARDS } from '../rules/fair-competition-checklist.js';
import {
  conclusionRefusal,
  mayIssue,
  type ChecklistAnswer,
  type ConclusionInput,
} from './fcr.rules.js';

const none: Record<string, ChecklistAnswer> = Object.fromEntries(
  FCR_STANDARDS.map((s) => [s.code, 'not_involved']),
);
const ok: ConclusionInput = {
  checklist: none,
  exception: null,
  consultation: '2024年5月召开企业座谈会，听取12家企业和镇商会意见',
  outcome: 'compliant',
  conclusionText: '经审查，该政策措施不含排除、限制竞争的内容，可以出台。',
};
const localFirst = { ...none, '9.3': 'involved' as const };

describe('fair-competition conclusions', () => {
  it('accepts a clean measure', () => expect(conclusionRefusal(ok)).toBeNull());

  it.each([
    [{ checklist: { '8.1': 'not_involved' } }, 'FCR_CHECKLIST_INCOMPLETE'],
    [{ consultation: ' ' }, 'FCR_CONSULTATION_MISSING'],
    [{ conclusionText: '可以' }, 'FCR_CONCLUSION_MISSING'],
    [{ checklist: localFirst }, 'FCR_NOT_COMPLIANT'],
    [{ outcome: 'non_compliant' }, 'FCR_NOTHING_INVOLVED'],
    [{ outcome: 'exception_applies' }, 'FCR_EXCEPTION_NOT_NEEDED'],
    [{ outcome: 'exception_applies', checklist: localFirst }, 'FCR_EXCEPTION_MISSING'],
    [
      {
        outcome: 'exception_applies',
        checklist: localFirst,
        exception: {
          ground: 'public_interest',
          noLessRestrictiveAlternative: false,
          termOrEndCondition: '至2025年12月31日',
        },
      },
      'FCR_EXCEPTION_ALTERNATIVE',
    ],
    [
      {
        outcome: 'exception_applies',
        checklist: localFirst,
        exception: {
          ground: 'public_interest',
          noLessRestrictiveAlternative: true,
          termOrEndCondition: '',
        },
      },
      'FCR_EXCEPTION_TERM',
    ],
    [
      {
        outcome: 'exception_applies',
        checklist: localFirst,
        exception: {
          ground: 'public_interest',
          noLessRestrictiveAlternative: true,
          termOrEndCondition: '至2025年12月31日',
        },
      },
      'FCR_EXCEPTION_EXPLANATION',
    ],
  ] as [Partial<ConclusionInput>, string][])('refuses %o with %s', (over, code) => {
    const r = conclusionRefusal({ ...ok, ...over });
    expect(r?.code).toBe(code);
    expect(r?.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('accepts an exception with all three conditions and says the measure may then be issued', () => {
    const r = conclusionRefusal({
      ...ok,
      outcome: 'exception_applies',
      checklist: localFirst,
      exception: {
        ground: 'public_interest',
        noLessRestrictiveAlternative: true,
        termOrEndCondition: '救灾物资储备期满（2025年6月30日）即终止',
      },
      conclusionText:
        '该措施为保障汛期救灾物资就近储备，限定本地储备点属第十二条第（三）项情形，无影响更小的替代方案，实施至2025年6月30日终止。',
    });
    expect(r).toBeNull();
    expect(mayIssue('exception_applies')).toBe(true);
    expect(mayIssue('non_compliant')).toBe(false);
    expect(mayIssue(null)).toBe(false);
  });
});
