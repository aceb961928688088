/**
 * The least string above every path that starts with `prefix`: its last character, one higher. Org
 * paths are ASCII (`/<id>/<id>/…/`), so on a byte-ordered column `prefix <= path < subtreeEnd(prefix)`
 * holds exactly for the paths under `prefix` — a range SQLite answers from the path index, where its
 * LIKE scans every org and also reads `_` as a wildcard and letters case-blind.
 */
export function subtreeEnd(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  if (!(last >= 0x20 && last < 0x7e)) throw new Error(`not an org path prefix: ${prefix}`);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}
