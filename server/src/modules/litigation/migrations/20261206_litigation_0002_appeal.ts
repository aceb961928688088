import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** The appeal (上诉) with its clock, the 答辩状/答复书 file, and every 会商 of a case as its own row. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  for (const column of ['appeal_clock_id', 'appealed_by', 'answer_file_id', 'consult_stage'])
    await db.schema.alterTable('litigation_cases').addColumn(column, 'text').execute();
  await db.schema.alterTable('litigation_cases').addColumn('appealed_on', k.date).execute();

  await db.schema
    .createTable('litigation_consultations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('litigation_cases.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('held_on', k.date, (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('litigation_consultations_case_idx')
    .on('litigation_consultations')
    .column('case_id')
    .execute();
}
