/**
 * Citations as data: `《政府信息公开条例》第三十六条第（三）项、第三十八条` → one record per article cited,
 * so a test can check every citation the product shows against the statute texts in shared/laws.
 */
export interface Citation {
  /** As cited, without the 中华人民共和国 prefix: 政府信息公开条例. */
  statute: string;
  article: number;
  paragraph: number | null;
  item: number | null;
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 三十六 → 36, 二百零一 → 201, 十 → 10; Arabic digits pass through. */
export function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch === '十' || ch === '百' || ch === '千') {
      total += (digit || 1) * (ch === '十' ? 10 : ch === '百' ? 100 : 1000);
      digit = 0;
    } else throw new Error(`not a Chinese number: ${text}`);
  }
  return total + digit;
}

const N = '[零〇一二两三四五六七八九十百千\\d]+';
const PART = `第${N}条(?:第${N}款)?(?:第[（(]?${N}[）)]?项)?|第[（(]${N}[）)]项|第${N}款(?:第[（(]?${N}[）)]?项)?`;
const SEQUENCE = new RegExp(`《([^》]+)》((?:(?:${PART})(?:[、和及至与]|以及)?)+)`, 'g');
const ONE = new RegExp(
  `第(${N})条(?:第(${N})款)?(?:第[（(]?(${N})[）)]?项)?|第[（(](${N})[）)]项|第(${N})款(?:第[（(]?(${N})[）)]?项)?`,
  'g',
);

/** The registry's form of a cited name: no 中华人民共和国, 〈〉 for a title inside a title. */
const statuteName = (cited: string): string =>
  cited
    .replace(/中华人民共和国/g, '')
    .replace(/《/g, '〈')
    .replace(/》/g, '〉');

/** Every article cited in `text`; a bare 第（二）项 or 第二款 after an article belongs to that article. */
export function parseCitations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(SEQUENCE)) {
    const statute = statuteName(m[1]!);
    let article: number | null = null;
    for (const part of m[2]!.matchAll(ONE)) {
      if (part[1]) {
        article = chineseNumber(part[1]);
        out.push({
          statute,
          article,
          paragraph: part[2] ? chineseNumber(part[2]) : null,
          item: part[3] ? chineseNumber(part[3]) : null,
        });
      } else if (article !== null && part[4]) {
        out.push({ statute, article, paragraph: null, item: chineseNumber(part[4]) });
      } else if (article !== null && part[5]) {
        out.push({
          statute,
          article,
          paragraph: chineseNumber(part[5]),
          item: part[6] ? chineseNumber(part[6]) : null,
        });
      }
    }
  }
  return out;
}
