/** A server vocabulary record as Select options. */
export const optionsOf = (o: Record<string, string | { label: string }> | undefined) =>
  Object.entries(o ?? {}).map(([value, v]) => ({
    value,
    label: typeof v === 'string' ? v : v.label,
  }));
