const CN = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅';

/**
 * Numbers written in Arabic digits or Chinese numerals (including 大写 financial digits). A number
 * starts where a run of digits (or numerals) starts and ends where it ends, and has a bounded
 * length: each position of the text is looked at a bounded number of times, so every pattern built
 * on it stays linear in the text (a 200 000-digit run is no number and costs one pass, issue #8).
 */
export const NUM = `(?:(?<![\\d.])\\d{1,15}(?:\\.\\d{1,6})?(?!\\d)(?:[万亿])?|(?<![${CN}])[${CN}]{1,24}(?![${CN}]))`;

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

function chinese(s: string): number | null {
  // 廿/卅 are 20/30 as a digit-unit pair (廿五 = 25).
  const t = s.replace(/^廿/, '二十').replace(/^卅/, '三十');
  // Digit strings without units read positionally: 二〇二四 = 2024.
  if (!/[十拾百佰千仟万亿]/.test(t)) {
    let v = 0;
    for (const ch of t) {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      v = v * 10 + d;
    }
    return t.length ? v : null;
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of t) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in UNITS) {
      section += (digit || 1) * UNITS[ch]!;
      digit = 0;
    } else if (ch in BIG) {
      total = (total + section + digit) * BIG[ch]!;
      section = 0;
      digit = 0;
    } else return null;
  }
  return total + section + digit;
}

/** "30", "1.5万", "三十", "二十五", "壹佰万", "廿" → number; null if it is not a number. */
export function parseNumber(token: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([万亿])?$/.exec(token);
  if (m) return Number(m[1]) * (m[2] ? BIG[m[2]]! : 1);
  return chinese(token);
}

const PERCENT = new RegExp(`(${NUM})\\s{0,4}%|百分之(${NUM})`, 'g');
const MONEY = new RegExp(`(${NUM})\\s{0,4}([万亿]?)元`, 'g');

/** Every percentage in the text: "50%", "百分之三十". */
export function percentsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const v = parseNumber(m[1] ?? m[2]!);
    if (v !== null) out.push(v);
  }
  return out;
}

/** Every amount in yuan: "500元", "5万元", "人民币壹佰万元". */
export function amountsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(MONEY)) {
    const v = parseNumber(m[1]!);
    if (v !== null) out.push(v * (m[2] ? BIG[m[2]]! : 1));
  }
  return out;
}
