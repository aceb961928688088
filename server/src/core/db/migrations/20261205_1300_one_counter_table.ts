import type { Kysely } from 'kysely';

/**
 * One atomic counter for every limit (core/db/atomic-counter.ts): the sign-in throttle, SMS limits and
 * security-event aggregation moved to `flood_counters`, so their own table goes. Its rows were
 * short-lived counts; dropping them at most restarts a window.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('auth_rate_counters').ifExists().execute();
}
