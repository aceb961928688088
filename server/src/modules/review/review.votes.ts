/**
 * Quorum and majority checks of village meetings, from the vote counts in the minutes. Pure.
 * "过半数" is strictly more than half; "三分之二以上" includes two thirds itself (民法典 art 1259: 以上 includes the number).
 */

/** VillageBody (domain §7). */
export const VILLAGE_BODIES = {
  villagers_assembly: '村民会议',
  representatives_assembly: '村民代表会议',
  members_assembly: '集体经济组织成员大会',
  member_reps_assembly: '集体经济组织成员代表大会',
} as const;
export type VillageBody = keyof typeof VILLAGE_BODIES;

export interface VoteFacts {
  body: VillageBody;
  /** 应到: villagers aged 18+ / representatives / members entitled to attend. */
  entitled: number;
  /** 实到. */
  present: number;
  /** 同意票. */
  votesFor: number;
  /** 村民会议 only: households of the village and households represented (the ⅔-of-households quorum). */
  households?: number | undefined;
  householdsPresent?: number | undefined;
}

interface VoteCheck {
  key: 'counts' | 'quorum' | 'majority' | 'two_thirds';
  label: string;
  ok: boolean;
  detail: string;
  basis: string;
}

const moreThanHalf = (part: number, whole: number) => part * 2 > whole;
const atLeastTwoThirds = (part: number, whole: number) => part * 3 >= whole * 2;

const ORG_LAW = '《村民委员会组织法》';
const COLLECTIVE_LAW = '《农村集体经济组织法》';

/**
 * Checks a vote. `twoThirdsOfEntitled`: the matter needs ⅔ of those entitled to agree — collective-asset
 * matters (《浙江省农村集体资产管理条例》第十七条), contracting land to non-members (《农村土地承包法》第五十二条).
 */
export function checkVote(
  v: VoteFacts,
  opts: { twoThirdsOfEntitled?: boolean; twoThirdsBasis?: string } = {},
): VoteCheck[] {
  const name = VILLAGE_BODIES[v.body];
  if (
    v.present > v.entitled ||
    v.votesFor > v.present ||
    [v.entitled, v.present, v.votesFor].some((n) => !Number.isInteger(n) || n < 0)
  ) {
    return [
      {
        key: 'counts',
        label: '表决数据',
        ok: false,
        detail: `${name}应到 ${v.entitled} 人、实到 ${v.present} 人、同意 ${v.votesFor} 人，数据不一致`,
        basis: '—',
      },
    ];
  }
  const checks: VoteCheck[] = [];
  const counts = `应到 ${v.entitled} 人，实到 ${v.present} 人，同意 ${v.votesFor} 人`;
  switch (v.body) {
    case 'villagers_assembly': {
      // 组织法 art 22: 18 岁以上村民过半数，或三分之二以上的户的代表参加; 到会人员过半数通过.
      const byHouseholds =
        v.households !== undefined &&
        v.householdsPresent !== undefined &&
        v.households > 0 &&
        atLeastTwoThirds(v.householdsPresent, v.households);
      const ok = moreThanHalf(v.present, v.entitled) || byHouseholds;
      checks.push({
        key: 'quorum',
        label: '到会人数',
        ok,
        detail: `${counts}${v.households ? `；户代表 ${v.householdsPresent ?? 0}/${v.households} 户` : ''}；须18周岁以上村民过半数或三分之二以上的户的代表参加`,
        basis: `${ORG_LAW}第二十二条`,
      });
      checks.push({
        key: 'majority',
        label: '表决结果',
        ok: moreThanHalf(v.votesFor, v.present),
        detail: `同意 ${v.votesFor} 人，须超过到会人数 ${v.present} 人的半数`,
        basis: `${ORG_LAW}第二十二条`,
      });
      break;
    }
    case 'representatives_assembly':
      // 组织法 art 26: 三分之二以上的组成人员参加方可召开; 到会人员过半数同意.
      checks.push({
        key: 'quorum',
        label: '到会人数',
        ok: atLeastTwoThirds(v.present, v.entitled),
        detail: `${counts}；须三分之二以上的组成人员参加`,
        basis: `${ORG_LAW}第二十六条`,
      });
      checks.push({
        key: 'majority',
        label: '表决结果',
        ok: moreThanHalf(v.votesFor, v.present),
        detail: `同意 ${v.votesFor} 人，须超过到会人数 ${v.present} 人的半数`,
        basis: `${ORG_LAW}第二十六条`,
      });
      break;
    case 'members_assembly':
      // 集体经济组织法 art 27: 三分之二以上成员参加; 全体成员三分之二以上同意.
      checks.push({
        key: 'quorum',
        label: '到会人数',
        ok: atLeastTwoThirds(v.present, v.entitled),
        detail: `${counts}；须三分之二以上成员参加`,
        basis: `${COLLECTIVE_LAW}第二十七条`,
      });
      checks.push({
        key: 'majority',
        label: '表决结果',
        ok: atLeastTwoThirds(v.votesFor, v.entitled),
        detail: `同意 ${v.votesFor} 人，须达到全体成员 ${v.entitled} 人的三分之二以上`,
        basis: `${COLLECTIVE_LAW}第二十七条`,
      });
      break;
    case 'member_reps_assembly':
      // 集体经济组织法 art 28: 全体成员代表三分之二以上同意.
      checks.push({
        key: 'majority',
        label: '表决结果',
        ok: atLeastTwoThirds(v.votesFor, v.entitled),
        detail: `同意 ${v.votesFor} 人，须达到全体成员代表 ${v.entitled} 人的三分之二以上`,
        basis: `${COLLECTIVE_LAW}第二十八条`,
      });
      break;
  }
  if (opts.twoThirdsOfEntitled) {
    checks.push({
      key: 'two_thirds',
      label: '三分之二以上同意',
      ok: atLeastTwoThirds(v.votesFor, v.entitled),
      detail: `同意 ${v.votesFor} 人，须达到应到 ${v.entitled} 人的三分之二以上（${Math.ceil((v.entitled * 2) / 3)} 人）`,
      basis: opts.twoThirdsBasis ?? '《浙江省农村集体资产管理条例》第十七条',
    });
  }
  return checks;
}

export const voteProblems = (checks: VoteCheck[]) => checks.filter((c) => !c.ok);
