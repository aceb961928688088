/**
 * A long list read a page at a time, as an async iterable for exports.
 *
 * Why not Kysely's `.stream()`: on PostgreSQL it needs the `pg-cursor` package wired into the dialect,
 * and on SQLite it holds the single connection for the whole export, stalling every other request.
 * Paging lets other queries run between pages and works the same on both databases. The query must
 * have a total order (end `orderBy` with the id) so no row is skipped or repeated between pages.
 */
export async function* inPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<T[]>,
  pageSize = 2000,
): AsyncGenerator<T> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await fetchPage(offset, pageSize);
    yield* page;
    if (page.length < pageSize) return;
  }
}
