import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * 指标快照: each town's computed indicator counts for a year, kept with the head of the town's audit
 * chain they were counted at (a cache the county's view reads; removing every row loses nothing).
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('report_indicator_snapshots')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('as_of', k.date, (c) => c.notNull())
    .addColumn('cut_off_on', k.date, (c) => c.notNull())
    .addColumn('chain_seq', k.bigint, (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_indicator_snapshots_pk', ['org_id', 'year'])
    .execute();
}
