import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** Terms of the trade that the general dictionary splits apart. */
const DOMAIN_TERMS = [
  '合法性审查', '法治审查员', '法审员', '村规民约', '居民公约', '重大行政决策', '行政规范性文件', '行政协议',
  '公平竞争审查', '政府信息公开', '依申请公开', '主动公开', '三务公开', '群治分', '行政复议', '行政诉讼', '行政应诉',
  '诉前调解', '人民调解', '矛调中心', '司法确认', '公共法律服务', '法律援助', '司法协助', '普法', '学法述法',
  '综合行政执法', '委托执法', '安全生产', '消防安全', '食品安全', '党建综合办', '司法所', '派出所', '文号',
];

let jieba: Jieba | undefined;
const added = new Set<string>();

function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    addWords(DOMAIN_TERMS);
  }
  return jieba;
}

/** Teaches the segmenter local names (villages, offices) so 上林湖村 stays one word. Idempotent. */
export function addWords(words: Iterable<string>): void {
  const fresh = [...words].map((w) => w.trim()).filter((w) => w.length > 1 && !/\s/.test(w) && !added.has(w));
  if (!fresh.length) return;
  for (const w of fresh) added.add(w);
  segmenter().loadDict(Buffer.from(fresh.map((w) => `${w} 100000 n`).join('\n'), 'utf8'));
}

const CJK = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * What the index stores for a text: the words jieba finds (search mode, so 合法性审查 also yields 合法性
 * and 审查), then every Han character in reading order. The character run lets a query match any
 * substring as a phrase; the words let whole-word hits rank first.
 */
export function indexTokens(text: string): string {
  const clean = text.slice(0, 4000);
  const words = segmenter()
    .cutForSearch(clean, true)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && WORD.test(w));
  const chars = [...clean].filter((c) => CJK.test(c));
  return [...words, ...chars].join(' ');
}

/** A query as terms: each is a whole word plus, for Han text, its characters for the phrase match. */
export function queryTerms(query: string): { word: string; chars: string[] }[] {
  return segmenter()
    .cut(query.trim().slice(0, 100), true)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && WORD.test(w))
    .map((word) => ({ word, chars: [...word].filter((c) => CJK.test(c)) }));
}
