import type { Q } from '../../../core/db/database.js';

/** The counter row kind: shares the foundation's gap-free sequences, but an 索引号 is not a 文号 (no 发文登记). */
const SEQUENCE_KIND = 'disclosure_index_no';

/**
 * The next 索引号 of a town for a year: `<town division code>/<year>-<5-digit serial>`, the shape
 * Zhejiang portals use (agency code / year - serial) [P]. The counter is incremented in the caller's
 * transaction, so concurrent drafts get distinct numbers and the column's unique index backs it up.
 */
export async function nextIndexNo(
  q: Q,
  town: { id: string; code: string },
  year: number,
): Promise<string> {
  const { lastValue } = await q
    .insertInto('docNumberSequences')
    .values({ orgId: town.id, kind: SEQUENCE_KIND, year, lastValue: 1 })
    .onConflict((oc) =>
      oc
        .columns(['orgId', 'kind', 'year'])
        .doUpdateSet((eb) => ({ lastValue: eb('docNumberSequences.lastValue', '+', 1) })),
    )
    .returning('lastValue')
    .executeTakeFirstOrThrow();
  return `${town.code}/${year}-${String(lastValue).padStart(5, '0')}`;
}
