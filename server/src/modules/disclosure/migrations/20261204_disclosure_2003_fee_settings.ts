import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * 信息处理费 settings (国办函〔2020〕109号): from which day the payment period runs, and whose earlier
 * applications count for 按件计收; and the day the applicant received the fee notice.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .alterTable('disclosure_request_settings')
    .addColumn('fee_period_from', 'text', (c) => c.notNull().defaultTo('receipt'))
    .execute();
  await db.schema
    .alterTable('disclosure_request_settings')
    .addColumn('fee_count_scope', 'text', (c) => c.notNull().defaultTo('town'))
    .execute();
  await db.schema.alterTable('disclosure_requests').addColumn('fee_served_on', k.date).execute();
}
