import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * 简易程序 (行政处罚法 第五十一至五十三条) and 当场收缴 (第六十八至七十一条): the case's procedure, its
 * 备案, the on-the-spot collection with its receipt and hand-over; the town's simple-procedure limits.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .alterTable('enforcement_cases')
    .addColumn('procedure', 'text', (c) => c.notNull().defaultTo('general'))
    .execute();
  for (const column of ['reported_on', 'collected_on', 'handed_over_on'])
    await db.schema.alterTable('enforcement_cases').addColumn(column, k.date).execute();
  for (const column of ['collection_ground', 'receipt_no'])
    await db.schema.alterTable('enforcement_cases').addColumn(column, 'text').execute();
  for (const column of ['simple_fine_citizen', 'simple_fine_organisation', 'simple_report_days'])
    await db.schema.alterTable('enforcement_settings').addColumn(column, 'integer').execute();
}
