import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * The indicators' (法治指标) two readings of the towns' disputes — received in a span, concluded in a
 * span — answered from their (town, day) indexes alone: each carries the columns its counts read and
 * org_id (the tenancy filter), so PostgreSQL counts with index-only scans instead of fetching every row.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await k.coveringIndex(db, {
    name: 'disputes_town_received_idx',
    table: 'disputes',
    columns: ['town_id', 'received_on'],
    include: ['org_id', 'channel', 'status', 'outcome'],
  });
  await k.coveringIndex(db, {
    name: 'disputes_town_concluded_idx',
    table: 'disputes',
    columns: ['town_id', 'concluded_on'],
    include: ['org_id', 'channel', 'outcome', 'due_on'],
  });
}
