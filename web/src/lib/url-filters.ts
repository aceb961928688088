/**
 * The filters a link brings to a list page (`/disputes?month=2024-03&townId=…`, from the cockpit or an
 * indicator's drill-down): the named query parameters that are present, numbers where asked.
 */
export function filtersFromUrl(
  params: URLSearchParams,
  text: readonly string[],
  numbers: readonly string[] = [],
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const k of text) {
    const v = params.get(k);
    if (v) out[k] = v;
  }
  for (const k of numbers) {
    const v = Number(params.get(k));
    if (v) out[k] = v;
  }
  return out;
}

/** A drill-down link within the caller's scope: above the town, limited to the town shown. */
export function withTown(
  web: string,
  townId: string | undefined,
  extra: Record<string, string> = {},
) {
  const [path, query] = web.split('?');
  const q = new URLSearchParams(query);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  if (townId) q.set('townId', townId);
  return `${path}?${q.toString()}`;
}
