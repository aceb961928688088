import { describe, expect, it } from 'vitest';
import { blockedSteps, checkStep, openSteps } from '../../../core/workflow/index.js';
import type { ContentState } from '../pufa.vocabulary.js';
import { CONTENT_WORKFLOW, type ContentAction, type ContentFacts } from './content.workflow.js';

const facts = (state: ContentState, over: Partial<ContentFacts> = {}): ContentFacts => ({
  state,
  kind: 'article',
  hasMedia: false,
  ...over,
});
const result = (a: ContentAction, f: ContentFacts) => {
  const c = checkStep(CONTENT_WORKFLOW, a, f);
  return c.ok ? c.to : c.refusal.code;
};
const office = new Set(['office'] as const);

describe('普法内容 lifecycle (pure)', () => {
  it.each<[ContentState, ContentAction, Partial<ContentFacts>, string]>([
    ['draft', 'publish', {}, 'published'],
    ['draft', 'publish', { kind: 'livestream' }, 'published'],
    ['draft', 'publish', { kind: 'video' }, 'MEDIA_REQUIRED'],
    ['draft', 'publish', { kind: 'video', hasMedia: true }, 'published'],
    ['published', 'publish', {}, 'INVALID_STATE'],
    ['published', 'withdraw', {}, 'withdrawn'],
    ['draft', 'withdraw', {}, 'INVALID_STATE'],
    ['withdrawn', 'publish', {}, 'INVALID_STATE'],
    ['withdrawn', 'withdraw', {}, 'INVALID_STATE'],
  ])('%s + %s %o → %s', (state, action, over, expected) => {
    expect(result(action, facts(state, over))).toBe(expected);
  });

  it('cites the article when a video has no address', () => {
    const c = checkStep(CONTENT_WORKFLOW, 'publish', facts('draft', { kind: 'video' }));
    expect(!c.ok && c.refusal.basis).toContain('第二十九条');
  });

  it('offers publish on a draft, withdraw once published, nothing after', () => {
    expect([...openSteps(CONTENT_WORKFLOW, facts('draft'), office)]).toEqual(['publish']);
    expect([...openSteps(CONTENT_WORKFLOW, facts('published'), office)]).toEqual(['withdraw']);
    expect(openSteps(CONTENT_WORKFLOW, facts('withdrawn'), office).size).toBe(0);
    expect(blockedSteps(CONTENT_WORKFLOW, facts('draft', { kind: 'video' }), office)).toEqual([
      expect.objectContaining({ action: 'publish', code: 'MEDIA_REQUIRED' }),
    ]);
  });
});
