import { describe, expect, it } from 'vitest';
import { ftsMatch, indexTokens, queryTerms, tsMatch } from './segment.js';

describe('Chinese tokens for search', () => {
  it('indexes each Han run as character pairs, then its characters', () => {
    expect(indexTokens('上林湖村')).toBe('上林 林湖 湖村 上 林 湖 村');
  });

  it('splits runs at punctuation and keeps Latin words and numbers whole, lower-cased', () => {
    expect(indexTokens('GB/T 9704，公文')).toBe('gb t 9704 公文 公 文');
  });

  it('separates digits from the Han characters next to them', () => {
    expect(indexTokens('2024年度')).toBe('2024 年度 年 度');
    expect(ftsMatch('第3批')).toBe('"第" AND "3" AND "批"');
  });

  it('turns a query into pair phrases, single characters and words', () => {
    expect(queryTerms('林湖 镇 2024')).toEqual([
      { kind: 'phrase', tokens: ['林湖'] },
      { kind: 'word', token: '镇' },
      { kind: 'word', token: '2024' },
    ]);
    expect(ftsMatch('毛三斢村 合同')).toBe('"毛三 三斢 斢村" AND "合同"');
    expect(tsMatch('毛三斢村')).toBe("('毛三' <-> '三斢' <-> '斢村')");
  });

  it('has nothing to search for punctuation only', () => {
    expect(ftsMatch('，。！')).toBeNull();
    expect(tsMatch('  ')).toBeNull();
  });

  it('drops punctuation inside a query, so quotes cannot break the match syntax', () => {
    expect(ftsMatch('a"b')).toBe('"a" AND "b"');
    expect(tsMatch("it's")).toBe("'it' & 's'");
  });
});
