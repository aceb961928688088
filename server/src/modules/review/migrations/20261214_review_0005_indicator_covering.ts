import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * The indicators (法治指标) count the towns' items with an opinion issued in a span: the opinions by
 * (org, issued day) carrying their item, and the items by org carrying type and channel, so PostgreSQL
 * reads both from their indexes alone; and the items filed (备案) by day, which the decisions' count
 * of decisions filed in a span starts from.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await k.coveringIndex(db, {
    name: 'review_opinions_org_issued_idx',
    table: 'review_opinions',
    columns: ['org_id', 'issued_on'],
    include: ['item_id'],
  });
  await k.coveringIndex(db, {
    name: 'review_items_org_type_idx',
    table: 'review_items',
    columns: ['org_id', 'type', 'channel'],
    include: ['id'],
  });
  await k.coveringIndex(db, {
    name: 'review_items_filed_idx',
    table: 'review_items',
    columns: ['filed_on'],
    include: ['org_id'],
    where: 'filed_on IS NOT NULL',
  });
}
