import type { SearchVisibility } from './search-index.js';

/** An indexed entity type as a module declares it: its name in results and, optionally, who finds which records. */
export interface SearchType {
  entityType: string;
  label: string;
  visibility?: SearchVisibility;
}

/** What each indexed entity is called in results. Module descriptors add theirs (`searchTypes`). */
const LABELS = new Map<string, string>([
  ['org', '机构'],
  ['user', '账号'],
]);

const RULES = new Map<string, SearchVisibility>();

/** Names an entity type in results and, optionally, narrows which of its records an actor finds. */
export function registerSearchType(t: SearchType): void {
  LABELS.set(t.entityType, t.label);
  if (t.visibility) RULES.set(t.entityType, t.visibility);
}
export const typeLabel = (entityType: string) => LABELS.get(entityType) ?? entityType;
export const searchRules = (): Map<string, SearchVisibility> => RULES;
