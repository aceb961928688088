import type { Kysely } from 'kysely';
import type { MigrationKit } from '../migration-kit.js';

/**
 * Flood control (防刷): one counter row per bucket and fixed time window, raised by a single upsert
 * so parallel requests cannot both slip under the limit. Nothing else counts toward a limit.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('flood_counters')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('window_start', k.instant, (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('flood_counters_pk', ['bucket', 'window_start'])
    .execute();
  await db.schema
    .createIndex('flood_counters_window_idx')
    .on('flood_counters')
    .column('window_start')
    .execute();
}
