import { describe, expect, it } from 'vitest';
import { ARTICLES, articleOf, articlesIn } from './articles.js';
import { statuteOf } from './statutes.js';

describe('the legal-basis registry', () => {
  it('holds each article once, of a registered statute, with a short summary', () => {
    const keys = ARTICLES.map((a) => `${a.statute}#${a.article}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of ARTICLES) {
      expect(statuteOf(a.statute), a.statute).toBeDefined();
      expect(a.summary.length, `${a.statute} ${a.article}`).toBeGreaterThan(5);
      expect(a.summary.length, `${a.statute} ${a.article}`).toBeLessThanOrEqual(80);
    }
  });

  it('resolves a citation chain to its entries, once each, with the version of the text', () => {
    const found = articlesIn(
      '依据《中华人民共和国政府信息公开条例》第三十三条第二款、第三十六条第（五）项及第三十三条；《民法典》第二百零一条',
    );
    expect(found.map((a) => [a.statute, a.article])).toEqual([
      ['政府信息公开条例', 33],
      ['政府信息公开条例', 36],
      ['民法典', 201],
    ]);
    expect(found[0]!.version).toBe('2019-04-03');
    expect(articleOf('政府信息公开条例', 99)).toBeUndefined();
  });
});
