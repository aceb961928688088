import { describe, expect, it } from 'vitest';
import { articleHeading } from './draft.repository.js';

describe('article headings', () => {
  it('writes Chinese numerals', () => {
    expect([1, 9, 10, 11, 20, 23, 99].map(articleHeading)).toEqual([
      '第一条',
      '第九条',
      '第十条',
      '第十一条',
      '第二十条',
      '第二十三条',
      '第九十九条',
    ]);
  });
});
