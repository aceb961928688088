import { describe, expect, it } from 'vitest';
import type { State } from './review.enums.js';
import {
  ACTIONS,
  availableActions,
  checkTransition,
  conclusionRefusal,
  decisionBlock,
  filingTargetOf,
  TRANSITIONS,
  type Action,
  type ItemFacts,
} from './review.workflow.js';

const base: ItemFacts = {
  type: 'gov_contract',
  state: 'draft',
  channel: 'platform',
  conclusion: null,
  returnedFrom: null,
  affectsMarket: false,
  fcrOutcome: null,
  missingMaterials: [],
  pendingHits: 0,
  hasAdviserOpinion: false,
  filingTarget: null,
};
const at = (state: State, over: Partial<ItemFacts> = {}): ItemFacts => ({
  ...base,
  state,
  ...over,
});

describe('review workflow: the happy path', () => {
  const path: [Action, ItemFacts, State][] = [
    ['submit', at('draft'), 'submitted'],
    ['accept', at('submitted'), 'accepted'],
    ['start_review', at('accepted'), 'under_review'],
    ['request_co_review', at('under_review'), 'co_review'],
    ['answer_co_review', at('co_review'), 'under_review'],
    ['issue_opinion', at('under_review'), 'opinion_issued'],
    [
      'give_feedback',
      at('opinion_issued', { conclusion: 'lawful_with_suggestions' }),
      'feedback_given',
    ],
    ['decide', at('feedback_given', { conclusion: 'lawful' }), 'decided'],
    ['file', at('decided', { conclusion: 'lawful', filingTarget: 'county' }), 'filed'],
    ['archive', at('filed', { conclusion: 'lawful', filingTarget: 'county' }), 'archived'],
    ['archive', at('decided', { conclusion: 'lawful' }), 'archived'],
    ['return_for_correction', at('submitted'), 'returned'],
    ['request_supplement', at('under_review'), 'returned'],
    ['resubmit', at('returned', { returnedFrom: 'submitted' }), 'submitted'],
    ['resubmit', at('returned', { returnedFrom: 'under_review' }), 'under_review'],
    ['revise_resubmit', at('opinion_issued', { conclusion: 'revise' }), 'under_review'],
    ['withdraw', at('co_review'), 'withdrawn'],
  ];
  it.each(path)('%s from %o leads to %s', (action, facts, to) => {
    expect(checkTransition(action, facts)).toEqual({ ok: true, to });
  });
});

describe('review workflow: refusals', () => {
  const cases: [Action, ItemFacts, number, string][] = [
    [
      'accept',
      at('submitted', { missingMaterials: ['村民会议记录及签到表（载明应到、实到人数）'] }),
      422,
      'MATERIALS_MISSING',
    ],
    ['accept', at('draft'), 409, 'INVALID_STATE'],
    [
      'issue_opinion',
      at('under_review', { type: 'major_decision' }),
      422,
      'ADVISER_OPINION_REQUIRED',
    ],
    ['issue_opinion', at('under_review', { pendingHits: 2 }), 422, 'HITS_PENDING'],
    ['issue_opinion', at('co_review'), 409, 'INVALID_STATE'],
    ['revise_resubmit', at('opinion_issued', { conclusion: 'unlawful' }), 422, 'NOT_REVISABLE'],
    ['give_feedback', at('opinion_issued', { conclusion: 'unlawful' }), 422, 'REVIEW_UNLAWFUL'],
    ['give_feedback', at('opinion_issued', { conclusion: 'revise' }), 422, 'REVIEW_REVISE'],
    ['decide', at('under_review'), 422, 'NOT_REVIEWED'],
    ['decide', at('draft'), 422, 'NOT_REVIEWED'],
    ['decide', at('opinion_issued', { conclusion: 'unlawful' }), 422, 'REVIEW_UNLAWFUL'],
    ['decide', at('opinion_issued', { conclusion: 'revise' }), 422, 'REVIEW_REVISE'],
    ['decide', at('opinion_issued', { conclusion: 'lawful' }), 422, 'FEEDBACK_REQUIRED'],
    [
      'decide',
      at('feedback_given', { conclusion: 'lawful', affectsMarket: true }),
      422,
      'FCR_REQUIRED',
    ],
    [
      'decide',
      at('feedback_given', {
        conclusion: 'lawful',
        affectsMarket: true,
        fcrOutcome: 'non_compliant',
      }),
      422,
      'FCR_REQUIRED',
    ],
    ['decide', at('decided', { conclusion: 'lawful' }), 409, 'INVALID_STATE'],
    ['file', at('decided', { conclusion: 'lawful' }), 422, 'FILING_NOT_REQUIRED'],
    [
      'archive',
      at('decided', { conclusion: 'lawful', filingTarget: 'town', type: 'village_rules' }),
      422,
      'FILING_REQUIRED',
    ],
    ['withdraw', at('decided'), 409, 'INVALID_STATE'],
    ['submit', at('archived', { channel: 'offline' }), 409, 'OFFLINE_ITEM'],
  ];
  it.each(cases)('%s on %o → %i %s', (action, facts, status, code) => {
    const r = checkTransition(action, facts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.refusal.status).toBe(status);
      expect(r.refusal.code).toBe(code);
      expect(r.refusal.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('names the article that covers the item type in the hard guard', () => {
    expect(decisionBlock(at('under_review', { type: 'major_decision' }))!.message).toContain(
      '《重大行政决策程序暂行条例》第二十五条',
    );
    expect(decisionBlock(at('under_review'))!.message).not.toContain(
      '《重大行政决策程序暂行条例》',
    );
    expect(decisionBlock(at('opinion_issued', { conclusion: 'unlawful' }))!.message).toContain(
      '《宁波市法治乡村建设促进条例》第十三条',
    );
    const rules = decisionBlock(at('under_review', { type: 'village_rules' }))!;
    expect(rules.basis).toContain('《村民委员会组织法》第二十七条');
    expect(rules.basis).not.toMatch(/第二十五条|宁波/);
    const contract = decisionBlock(at('under_review', { type: 'village_contract' }))!;
    expect(contract.basis).toContain('本镇设置');
    expect(contract.basis).not.toMatch(/第二十五条|宁波|第二十七条/);
    expect(
      decisionBlock(at('feedback_given', { conclusion: 'lawful', affectsMarket: true }))!.message,
    ).toContain('《公平竞争审查条例》第十八条');
    expect(
      decisionBlock(at('feedback_given', { conclusion: 'risk_disclosed', type: 'major_decision' })),
    ).toBeNull();
    expect(
      decisionBlock(
        at('feedback_given', {
          conclusion: 'lawful',
          affectsMarket: true,
          fcrOutcome: 'exception_applies',
        }),
      ),
    ).toBeNull();
  });
});

describe('review workflow: data', () => {
  it('has a label, a verb and a party for every action', () => {
    for (const a of ACTIONS) {
      expect(TRANSITIONS[a].label).toMatch(/[\u4e00-\u9fa5]/);
      expect(TRANSITIONS[a].verb).toMatch(/^[a-z_]+$/);
      expect(TRANSITIONS[a].from.length).toBeGreaterThan(0);
    }
  });

  it('offers each party only its own steps', () => {
    const f = at('opinion_issued', { conclusion: 'revise' });
    expect(availableActions(f, new Set(['submitter']))).toEqual(['revise_resubmit', 'withdraw']);
    expect(availableActions(f, new Set(['reviewer', 'approver', 'coordinator']))).toEqual([]);
    expect(availableActions(at('under_review'), new Set(['reviewer']))).toEqual([
      'request_supplement',
      'request_co_review',
      'issue_opinion',
    ]);
  });

  it.each([
    ['village_rules', undefined, 'town'],
    ['major_decision', undefined, 'county'],
    ['normative_doc', undefined, 'county'],
    ['village_contract', 150_000_000, 'county'],
    ['village_contract', 5_000_000, null],
    ['gov_contract', 100_000_000, 'county'],
    ['other', undefined, null],
    ['major_enforcement', undefined, null],
  ] as const)('files %s (amount %s fen) with %s', (type, amount, target) => {
    expect(filingTargetOf(type, amount, 100_000_000)).toBe(target);
  });

  it('allows 明示法律风险 only for major decisions and sends 退回补充 through the return step', () => {
    expect(conclusionRefusal('major_decision', 'risk_disclosed')).toBeNull();
    expect(conclusionRefusal('gov_contract', 'risk_disclosed')!.message).toContain('第二十五条');
    expect(conclusionRefusal('gov_contract', 'returned')!.code).toBe('USE_RETURN');
    expect(conclusionRefusal('gov_contract', 'unlawful')).toBeNull();
  });
});
