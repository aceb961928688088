/**
 * Chinese full-text search without a dictionary: every run of Han characters is indexed as its
 * overlapping character pairs (上林湖村 → 上林 林湖 湖村) followed by its single characters; Latin
 * letters and digits as lower-case words. A query matches any substring of the text: a Han run of two
 * or more characters is the phrase of its pairs (pairs are rare, so the index answers quickly even at
 * 100 k records), one character matches its single-character token. Local names (上林湖村, 毛三斢村)
 * need no word list to be found whole or in part.
 */
const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /^\p{Script=Han}/u;
const MAX_INDEXED = 4000;

const pairs = (chars: string[]): string[] => chars.slice(1).map((c, i) => `${chars[i]}${c}`);

/** The token stream stored for a text (space-separated, in reading order). */
export function indexTokens(text: string): string {
  const out: string[] = [];
  for (const [run] of text.slice(0, MAX_INDEXED).toLowerCase().matchAll(RUN)) {
    if (!HAN.test(run)) {
      out.push(run);
      continue;
    }
    const chars = [...run];
    out.push(...pairs(chars), ...chars);
  }
  return out.join(' ');
}

/** One query term: a Latin/digit word, one Han character, or the ordered pairs of a longer Han run. */
type QueryTerm = { kind: 'word'; token: string } | { kind: 'phrase'; tokens: string[] };

export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const [run] of query.slice(0, 100).toLowerCase().matchAll(RUN)) {
    const chars = [...run];
    if (!HAN.test(run) || chars.length === 1) terms.push({ kind: 'word', token: run });
    else terms.push({ kind: 'phrase', tokens: pairs(chars) });
  }
  return terms;
}

const ftsQuote = (s: string) => `"${s.replaceAll('"', '""')}"`;
const lexeme = (s: string) => `'${s.replaceAll("'", "''").replaceAll('\\', '\\\\')}'`;

/** SQLite FTS5 MATCH expression (all terms must match), or null when the query has nothing to search. */
export function ftsMatch(query: string): string | null {
  const terms = queryTerms(query);
  if (!terms.length) return null;
  return terms.map((t) => ftsQuote(t.kind === 'word' ? t.token : t.tokens.join(' '))).join(' AND ');
}

/** PostgreSQL tsquery text with the same meaning (`<->` is "followed by"), or null. */
export function tsMatch(query: string): string | null {
  const terms = queryTerms(query);
  if (!terms.length) return null;
  return terms
    .map((t) => (t.kind === 'word' ? lexeme(t.token) : `(${t.tokens.map(lexeme).join(' <-> ')})`))
    .join(' & ');
}
