import type { Kysely } from 'kysely';
import type { MigrationKit } from '../migration-kit.js';

/**
 * Atomic sign-in counters (security issue #8). One row per key (`login-ip:<address>`,
 * `sms-phone:<blind index>`, `sms-ip:<address>`), counted in a fixed window by a single upsert, so
 * parallel bursts cannot slip past a check-then-write.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('auth_rate_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', k.instant, (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    /** When the last "throttled" audit event for this key was written (one a minute at most). */
    .addColumn('alerted_at', k.instant)
    .execute();
}
