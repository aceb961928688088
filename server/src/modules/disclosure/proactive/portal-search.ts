import { indexTokens } from '../../../core/search/segment.js';

export { ftsMatch, tsMatch } from '../../../core/search/segment.js';

/**
 * Scope tokens: the entry's town and category as words no text can produce, so SQLite's full-text
 * index answers "matches in this town (and category)" by itself, without visiting each matching row.
 */
export const townToken = (townId: string) => `zztown${townId.replaceAll('-', '')}`;
export const categoryToken = (category: string) => `zzcat${category.replaceAll('_', '')}`;

/** What the public index stores: the foundation's search tokens plus the scope tokens. */
export function portalTokens(text: string, scope: { townId: string; category: string }): string {
  return [indexTokens(text), townToken(scope.townId), categoryToken(scope.category)].join(' ');
}
