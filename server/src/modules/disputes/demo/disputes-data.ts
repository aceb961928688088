import type { Category, Channel } from '../disputes.vocabulary.js';

/**
 * 桥头镇's 2024 dispute history as the 矛调中心 recorded it (the 2024 report: 40 % of the non-police
 * disputes diverted by 110 resolved in the town, 100 % closed on time, 708 agreements, 56 of 134
 * court-referred pre-filing mediations successful). The parties and details are illustrative.
 */
export interface HistoryDispute {
  channel: Channel;
  category: Category;
  outcome: 'written' | 'oral' | 'failed' | 'declined';
}

const block = (n: number, d: HistoryDispute): HistoryDispute[] =>
  Array.from({ length: n }, () => d);

/** The other channels' agreements and failures, interleaved so every month sees each source. */
const OTHER_CHANNELS: Channel[] = [
  'hotline12345',
  'petition_letter',
  'petition_visit',
  'petition_online',
  'odr',
  'grid',
  'walk_in',
  'village',
  'department',
];
const CATEGORY_CYCLE: Category[] = [
  'neighbour',
  'family',
  'damages',
  'contract',
  'labour',
  'land',
  'property',
  'other',
];

function others(): HistoryDispute[] {
  const out: HistoryDispute[] = [];
  for (let i = 0; i < 578; i += 1) {
    const outcome = i < 100 ? 'written' : i < 552 ? 'oral' : i < 572 ? 'failed' : 'declined';
    out.push({
      channel: OTHER_CHANNELS[i % OTHER_CHANNELS.length]!,
      category: CATEGORY_CYCLE[i % CATEGORY_CYCLE.length]!,
      outcome,
    });
  }
  return out;
}

/** Groups spread evenly over the year: item j of a group of n sits at j / n. */
function interleave(groups: HistoryDispute[][]): HistoryDispute[] {
  return groups
    .flatMap((g) => g.map((d, j) => ({ d, at: j / g.length })))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.d);
}

/** 134 诉前调解 (56 agreements), 250 110-diverted (100 resolved in the town), 578 from the rest. */
export const HISTORY: HistoryDispute[] = interleave([
  block(56, { channel: 'court', category: 'contract', outcome: 'written' }),
  block(78, { channel: 'court', category: 'contract', outcome: 'failed' }),
  block(100, { channel: 'police110', category: 'neighbour', outcome: 'oral' }),
  block(150, { channel: 'police110', category: 'neighbour', outcome: 'failed' }),
  others(),
]);

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'.split('');
const GIVEN = '建国海燕志强秀英国平立新美华伟东丽娟永强春梅德明文杰桂芳振华晓红金龙小兵玉兰'.match(
  /../g,
)!;

const NAME_ROUNDS = ['', '军', '芳', '涛'];

/** Applicants' names unique per index (up to 20 × 19 × 4); the respondent is named after another. */
export function partyNames(i: number): [string, string] {
  const given = (k: number) =>
    `${GIVEN[Math.floor(k / 20) % GIVEN.length]}${NAME_ROUNDS[Math.floor(k / 380) % 4]}`;
  return [`${SURNAMES[i % 20]}${given(i)}`, `${SURNAMES[(i + 7) % 20]}${given(i + 3 * 20)}`];
}

export const VILLAGE_COMMITTEES = ['上林湖村人民调解委员会', '桥头村人民调解委员会'];
export const TOWN_COMMITTEE = '桥头镇人民调解委员会';
