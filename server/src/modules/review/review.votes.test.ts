import { describe, expect, it } from 'vitest';
import { checkVote, voteProblems, type VoteFacts } from './review.votes.js';

const failing = (v: VoteFacts, opts?: Parameters<typeof checkVote>[1]) =>
  voteProblems(checkVote(v, opts)).map((c) => c.key);

describe('village vote checks', () => {
  it.each([
    // 村民会议: more than half of adults, or two thirds of households; more than half of those present.
    [{ body: 'villagers_assembly', entitled: 1200, present: 601, votesFor: 301 }, []],
    [{ body: 'villagers_assembly', entitled: 1200, present: 600, votesFor: 400 }, ['quorum']],
    [
      {
        body: 'villagers_assembly',
        entitled: 1200,
        present: 500,
        votesFor: 400,
        households: 420,
        householdsPresent: 280,
      },
      [],
    ],
    [{ body: 'villagers_assembly', entitled: 1200, present: 601, votesFor: 300 }, ['majority']],
    // 村民代表会议: two thirds of members present; more than half of those present.
    [{ body: 'representatives_assembly', entitled: 45, present: 30, votesFor: 16 }, []],
    [{ body: 'representatives_assembly', entitled: 45, present: 29, votesFor: 29 }, ['quorum']],
    [{ body: 'representatives_assembly', entitled: 45, present: 30, votesFor: 15 }, ['majority']],
    // 成员大会: two thirds present and two thirds of all members agree.
    [{ body: 'members_assembly', entitled: 900, present: 600, votesFor: 600 }, []],
    [{ body: 'members_assembly', entitled: 900, present: 700, votesFor: 599 }, ['majority']],
    [{ body: 'member_reps_assembly', entitled: 40, present: 40, votesFor: 26 }, ['majority']],
    [{ body: 'representatives_assembly', entitled: 40, present: 30, votesFor: 31 }, ['counts']],
  ] as [VoteFacts, string[]][])('%o fails %o', (vote, keys) => {
    expect(failing(vote)).toEqual(keys);
  });

  it('applies the ⅔-of-entitled rule for collective assets and cites the regulation', () => {
    const v: VoteFacts = {
      body: 'representatives_assembly',
      entitled: 45,
      present: 40,
      votesFor: 29,
    };
    expect(failing(v)).toEqual([]);
    expect(failing(v, { twoThirdsOfEntitled: true })).toEqual(['two_thirds']);
    const check = checkVote(v, { twoThirdsOfEntitled: true }).find((c) => c.key === 'two_thirds')!;
    expect(check.basis).toBe('《浙江省农村集体资产管理条例》第十七条');
    expect(check.detail).toContain('30 人');
    expect(failing({ ...v, votesFor: 30 }, { twoThirdsOfEntitled: true })).toEqual([]);
  });
});
