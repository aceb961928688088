import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * A decision not paid: the 催告 with its letter (行政强制法 第三十五条), the application to the court
 * (第五十三条), and the 加处罚款 owed when it was finally paid (行政处罚法 第七十二条), in fen.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  for (const column of ['urged_on', 'court_applied_on'])
    await db.schema.alterTable('enforcement_cases').addColumn(column, k.date).execute();
  for (const column of ['urge_doc_no', 'urge_file_id', 'court_name'])
    await db.schema.alterTable('enforcement_cases').addColumn(column, 'text').execute();
  await db.schema.alterTable('enforcement_cases').addColumn('surcharge_fen', 'integer').execute();
}
