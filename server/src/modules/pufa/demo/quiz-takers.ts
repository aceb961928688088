/** The villages and the town hall, as takers name their place. */
const UNITS = [
  '小桥头村',
  '上林湖村',
  '五丰村',
  '五姓村',
  '毛三斢村',
  '丰潭村',
  '烟墩村',
  '潭河沿村',
  '小桥头居委会',
  '桥头镇机关',
];
const SURNAMES = '陈王张李徐胡沈周孙朱';
const GIVEN = [
  '建国',
  '丽华',
  '海燕',
  '志强',
  '秀英',
  '伟',
  '敏',
  '杰',
  '婷婷',
  '国平',
  '亚芬',
  '立新',
];

interface DemoTaker {
  name: string;
  phone: string;
  unit: string;
  day: string;
  /** Start and hand-in, Shanghai time (HH:MM:SS). */
  start: string;
  end: string;
  /** How many of the ten drawn questions the taker gets right. */
  knows: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * 120 residents over the quiz's weeks, each on a day of May 2024 and knowing 5–10 of the answers; every
 * eighth comes back the next day and does better (the leaderboard keeps each taker's best).
 */
export function demoTakers(): DemoTaker[] {
  const out: DemoTaker[] = [];
  for (let i = 0; i < 120; i += 1) {
    const base = {
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
      phone: `1380574${pad(i, 4)}`,
      unit: UNITS[i % UNITS.length]!,
    };
    const dayOfMonth = 6 + (i % 20);
    const minutes = 3 + ((i * 13) % 6);
    const seconds = (i * 17) % 60;
    out.push({
      ...base,
      day: `2024-05-${pad(dayOfMonth)}`,
      start: `19:${pad(i % 50)}:00`,
      end: `19:${pad((i % 50) + minutes)}:${pad(seconds)}`,
      knows: 5 + ((i * 5) % 6),
    });
    if (i % 8 === 0)
      out.push({
        ...base,
        day: `2024-05-${pad(dayOfMonth + 1)}`,
        start: '20:00:00',
        end: `20:0${minutes - 1}:${pad(seconds)}`,
        knows: 10,
      });
  }
  return out;
}
