import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * The indicators (法治指标) count the towns' lawsuits received in a span and reconsiderations concluded
 * in it: (town, kind, day) indexes carrying what the counts read and org_id (the tenancy filter), so
 * PostgreSQL answers them with index-only scans; they replace the (town, received) index.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema.dropIndex('litigation_cases_town_idx').ifExists().execute();
  await k.coveringIndex(db, {
    name: 'litigation_cases_town_received_idx',
    table: 'litigation_cases',
    columns: ['town_id', 'kind', 'received_on'],
    include: ['org_id'],
  });
  await k.coveringIndex(db, {
    name: 'litigation_cases_town_concluded_idx',
    table: 'litigation_cases',
    columns: ['town_id', 'kind', 'concluded_on'],
    include: ['org_id', 'outcome', 'received_on'],
  });
}
