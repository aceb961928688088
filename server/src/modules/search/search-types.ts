import type { SearchVisibility } from '../../core/search/search-index.js';

/** What each indexed entity is called in results. Modules add theirs with `registerSearchType`. */
const LABELS = new Map<string, string>([
  ['org', '机构'],
  ['user', '账号'],
]);

const RULES = new Map<string, SearchVisibility>();

/** Names an entity type in results and, optionally, narrows which of its records an actor finds. */
export function registerSearchType(entityType: string, label: string, visibility?: SearchVisibility): void {
  LABELS.set(entityType, label);
  if (visibility) RULES.set(entityType, visibility);
}
export const typeLabel = (entityType: string) => LABELS.get(entityType) ?? entityType;
export const searchRules = (): Map<string, SearchVisibility> => RULES;
