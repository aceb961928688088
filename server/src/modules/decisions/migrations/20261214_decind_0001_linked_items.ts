import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * The indicators (法治指标) count a town's decisions filed upward through their linked review item:
 * the decisions that have one, by the item (with their town), so the items filed in a span find their
 * decisions without reading the others.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await k.coveringIndex(db, {
    name: 'decisions_review_item_idx',
    table: 'decisions',
    columns: ['review_item_id'],
    include: ['org_id'],
    where: 'review_item_id IS NOT NULL',
  });
}
