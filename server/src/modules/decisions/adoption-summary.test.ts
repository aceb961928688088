import { describe, expect, it } from 'vitest';
import { adoptionSummary } from './adoption-summary.js';

describe('采纳情况 summary', () => {
  const articles = [
    { id: 'a1', heading: '第一条' },
    { id: 'a2', heading: '第二条' },
  ];
  it('adds up grouped counts by article and answer', () => {
    const s = adoptionSummary(articles, [
      { articleId: 'a1', adoption: 'adopted', n: 2 },
      { articleId: 'a1', adoption: 'not_adopted', n: 1 },
      { articleId: 'a2', adoption: 'partly', n: 3 },
      { articleId: null, adoption: null, n: 1 },
    ]);
    expect([s.total, s.adopted, s.partly, s.not_adopted, s.unanswered]).toEqual([7, 2, 3, 1, 1]);
    expect(s.articles.map((a) => [a.heading, a.total])).toEqual([
      ['第一条', 3],
      ['第二条', 3],
      ['总体意见', 1],
    ]);
    expect(s.text).toBe(
      '共收到公众意见 7 条，其中采纳 2 条、部分采纳 3 条、不予采纳 1 条，尚未答复 1 条。',
    );
  });
  it('says when no one commented', () => {
    expect(adoptionSummary(articles, []).text).toBe('征求意见期间未收到公众意见。');
  });
});
