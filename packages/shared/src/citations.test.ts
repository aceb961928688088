import { describe, expect, it } from 'vitest';
import { chineseNumber, parseCitations } from './citations.js';

describe('citations as data', () => {
  it.each([
    ['十', 10],
    ['十五', 15],
    ['三十六', 36],
    ['二百零一', 201],
    ['二百零三', 203],
    ['一千二百六十', 1260],
    ['42', 42],
  ])('reads %s as %d', (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });

  it('splits a chain of articles, paragraphs and items of one statute', () => {
    expect(
      parseCitations('依据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定'),
    ).toEqual([
      { statute: '政府信息公开条例', article: 14, paragraph: null, item: null },
      { statute: '政府信息公开条例', article: 36, paragraph: null, item: 3 },
    ]);
    expect(parseCitations('《政府信息公开条例》第三十六条第（一）项、第（二）项')).toEqual([
      { statute: '政府信息公开条例', article: 36, paragraph: null, item: 1 },
      { statute: '政府信息公开条例', article: 36, paragraph: null, item: 2 },
    ]);
    expect(
      parseCitations(
        '《行政复议法》第二十三条第一款第四项；《宁波市法治乡村建设促进条例》第十四条第三款',
      ),
    ).toEqual([
      { statute: '行政复议法', article: 23, paragraph: 1, item: 4 },
      { statute: '宁波市法治乡村建设促进条例', article: 14, paragraph: 3, item: null },
    ]);
  });

  it('names a law inside a title with 〈〉', () => {
    expect(
      parseCitations('《浙江省实施〈中华人民共和国村民委员会组织法〉办法》第二十条')[0],
    ).toMatchObject({ statute: '浙江省实施〈村民委员会组织法〉办法', article: 20 });
  });
});
