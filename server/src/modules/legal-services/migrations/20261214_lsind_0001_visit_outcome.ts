import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * The indicators (法治指标) count the station's consultations and resolved mediations by town and day:
 * the (org, kind, day) index also carries the outcome, so PostgreSQL answers with an index-only scan.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await k.coveringIndex(db, {
    name: 'legal_service_visits_org_idx',
    table: 'legal_service_visits',
    columns: ['org_id', 'service_kind', 'served_on'],
    include: ['outcome'],
  });
}
