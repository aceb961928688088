import { describe, expect, it } from 'vitest';
import { portalTokens } from './portal-search.js';

describe('portal search tokens', () => {
  it('stores the search tokens of the text plus the town and category scope tokens', () => {
    const tokens = portalTokens('上林湖村土地征收公告（第3批）', {
      townId: '0192-ab',
      category: 'land_expropriation',
    }).split(' ');
    expect(tokens).toEqual(
      expect.arrayContaining(['上林', '林湖', '湖村', '村土', '收公', '上', '告', '3']),
    );
    // Pairs never cross a non-Han character: 告 and 第 are separated by the bracket.
    expect(tokens).not.toContain('告第');
    expect(tokens.slice(-2)).toEqual(['zztown0192ab', 'zzcatlandexpropriation']);
  });
});
