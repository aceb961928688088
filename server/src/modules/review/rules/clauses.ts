import type { Clause } from './types.js';

/**
 * Full-width digits, %, ., : and space made ASCII. One UTF-16 unit in, one out, so offsets in the
 * normalised text are offsets in the original.
 */
export function normalize(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF05\uFF0E\uFF1A\u3000]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x3000) return ' ';
    return String.fromCharCode(c - 0xfee0);
  });
}

/** A sentence ends after 。；！？ (closing quotes and brackets stay with it) or at a line break. */
const SENTENCE_END = /[。；！？;!?][”’"')）」』】\]]{0,8}|\r\n?|\n/g;

/**
 * Numbered items start a new clause when they open a line or follow a space or a colon:
 * 第X条 / 第X章, 一、, （一）, (1), 1. 1、 1．
 */
const ITEM_START =
  /(?<=^|[\s:：])(?=第[一二三四五六七八九十百零〇0-9]{1,8}[条章节]|[一二三四五六七八九十]{1,4}、|[（(][一二三四五六七八九十0-9]{1,4}[）)]|\d{1,3}[.、](?!\d))/gm;

const isSpace = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0;

/**
 * Splits text into clauses: sentences (。；！？), lines, and numbered items. Each clause is trimmed
 * and carries its offsets in `text`, so `text.slice(c.start, c.end) === c.text`. Linear in the text.
 */
export function splitClauses(text: string): Clause[] {
  const norm = normalize(text);
  const cuts: number[] = [];
  for (const m of norm.matchAll(SENTENCE_END)) cuts.push(m.index + m[0].length);
  for (const m of norm.matchAll(ITEM_START)) cuts.push(m.index);
  cuts.push(norm.length);
  cuts.sort((a, b) => a - b);
  const out: Clause[] = [];
  let from = 0;
  for (const to of cuts) {
    if (to <= from) continue;
    let s = from;
    let e = to;
    while (s < e && isSpace(norm.charCodeAt(s))) s++;
    while (e > s && isSpace(norm.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ text: text.slice(s, e), norm: norm.slice(s, e), start: s, end: e });
    from = to;
  }
  return out;
}
