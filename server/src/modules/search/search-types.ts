/** What each indexed entity is called in results. Modules add theirs with `registerSearchType`. */
const LABELS = new Map<string, string>([
  ['org', '机构'],
  ['user', '账号'],
]);

export const registerSearchType = (entityType: string, label: string) => void LABELS.set(entityType, label);
export const typeLabel = (entityType: string) => LABELS.get(entityType) ?? entityType;
