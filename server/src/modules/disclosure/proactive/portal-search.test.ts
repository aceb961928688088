import { describe, expect, it } from 'vitest';
import { addWords } from '../../../core/search/segment.js';
import { ftsMatch, portalTokens, tsMatch } from './portal-search.js';

describe('portal search tokens and grammar', () => {
  it('indexes the segmenter’s words and characters plus each adjacent character pair', () => {
    addWords(['上林湖村']);
    const tokens = portalTokens('上林湖村土地征收公告（第3批）', { townId: '0192-ab', category: 'land_expropriation' }).split(' ');
    expect(tokens).toEqual(expect.arrayContaining(['上林湖村', '土地', '征收', '公告', '上', '林']));
    expect(tokens).toEqual(expect.arrayContaining(['上林', '林湖', '湖村', '村土', '收公', '第3批'.slice(0, 1)]));
    // Pairs never cross a non-Han character: 告 and 第 are separated by the bracket.
    expect(tokens).not.toContain('告第');
    expect(tokens.slice(-2)).toEqual(['zztown0192ab', 'zzcatlandexpropriation']);
  });

  it('matches each term as a word or as the phrase of its pairs, all terms required', () => {
    addWords(['上林湖村']);
    expect(ftsMatch('上林湖村 补偿')).toBe('("上林湖村" OR "上林 林湖 湖村") AND "补偿"');
    expect(tsMatch('上林湖村 补偿')).toBe("('上林湖村' | ('上林' <-> '林湖' <-> '湖村')) & '补偿'");
    expect(ftsMatch('林湖')).toBe('"林湖"');
    expect(ftsMatch('，。！')).toBeNull();
    expect(tsMatch('林湖')).toBe("'林湖'");
  });
});
