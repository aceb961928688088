import { indexTokens, queryTerms } from '../../../core/search/segment.js';

/**
 * Tokens and query grammar of the portal's full-text search. Words and single characters come from
 * the foundation's segmenter (indexTokens/queryTerms); on top, every pair of adjacent Han characters
 * is indexed, so a substring query ("林湖", "征收补偿") is a phrase of character *pairs*. A phrase of
 * single characters would read the position lists of characters that occur in nearly every entry
 * (地, 村, 镇 …): at 100 k entries that is tens of milliseconds per search; pairs are rare and cheap.
 */
const HAN_RUN = /\p{Script=Han}+/gu;

const pairs = (chars: string[]): string[] => chars.slice(1).map((c, i) => `${chars[i]}${c}`);

/**
 * Scope tokens: the entry's town and category as words no text can produce, so SQLite's full-text
 * index answers "matches in this town (and category)" by itself, without visiting each matching row.
 */
export const townToken = (townId: string) => `zztown${townId.replaceAll('-', '')}`;
export const categoryToken = (category: string) => `zzcat${category.replaceAll('_', '')}`;

/** What the public index stores: the segmenter's tokens, the character pairs of each Han run, the scope tokens. */
export function portalTokens(text: string, scope: { townId: string; category: string }): string {
  const clean = text.slice(0, 4000);
  const runs = [...clean.matchAll(HAN_RUN)].map((m) => pairs([...m[0]]).join(' ')).filter(Boolean);
  return [indexTokens(clean), ...runs, townToken(scope.townId), categoryToken(scope.category)].join(' ');
}

type Term = ReturnType<typeof queryTerms>[number];

/** Each term matches as its jieba word or as the phrase of its character pairs; all terms must match. */
function build(query: string, word: (s: string) => string, phrase: (tokens: string[]) => string, and: string): string | null {
  const terms = queryTerms(query);
  if (!terms.length) return null;
  const or = and === ' AND ' ? 'OR' : '|';
  const one = (t: Term) => {
    const p = pairs(t.chars);
    // A two-character word is its own single pair; longer words (or mixed ones) also match as a phrase of pairs.
    return p.length === 0 || (p.length === 1 && p[0] === t.word) ? word(t.word) : `(${word(t.word)} ${or} ${phrase(p)})`;
  };
  return terms.map(one).join(and);
}

const ftsQuote = (s: string) => `"${s.replaceAll('"', '""')}"`;
const lexeme = (s: string) => `'${s.replaceAll("'", "''").replaceAll('\\', '\\\\')}'`;

/** SQLite FTS5 MATCH expression, or null when the query has no searchable word. */
export const ftsMatch = (query: string): string | null => build(query, ftsQuote, (p) => ftsQuote(p.join(' ')), ' AND ');

/** PostgreSQL tsquery text (`<->` is "followed by"), or null when the query has no searchable word. */
export const tsMatch = (query: string): string | null => build(query, lexeme, (p) => (p.length > 1 ? `(${p.map(lexeme).join(' <-> ')})` : lexeme(p[0]!)), ' & ');
