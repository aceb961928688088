import { describe, expect, it } from 'vitest';
import { addWords, indexTokens, queryTerms } from './segment.js';

describe('Chinese segmentation for search', () => {
  it('keeps local place names whole once taught them', () => {
    addWords(['上林湖村', '毛三斢村']);
    expect(queryTerms('上林湖村合同').map((t) => t.word)).toEqual(['上林湖村', '合同']);
    expect(indexTokens('毛三斢村村规民约').split(' ')).toContain('毛三斢村');
  });

  it('indexes search-mode words and the Han characters in order', () => {
    const tokens = indexTokens('合法性审查意见书').split(' ');
    expect(tokens).toEqual(expect.arrayContaining(['合法性审查', '合法性', '审查', '意见书']));
    expect(tokens.slice(-8).join('')).toBe('合法性审查意见书');
  });

  it('lower-cases Latin words and drops punctuation', () => {
    expect(queryTerms('ABC，合同！')).toEqual([
      { word: 'abc', chars: [] },
      { word: '合同', chars: ['合', '同'] },
    ]);
  });
});
