import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 村法律顾问年度考核: one evaluation per adviser and year, the unique index holding that under races. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('legal_adviser_evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('adviser_id', 'text', (c) => c.notNull().references('legal_village_advisers.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('evaluator', 'text', (c) => c.notNull())
    .addColumn('comments', 'text', (c) => c.notNull())
    .addColumn('evaluated_on', k.date, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('legal_adviser_evaluations_adviser_year_idx')
    .on('legal_adviser_evaluations')
    .columns(['adviser_id', 'year'])
    .unique()
    .execute();
  await db.schema
    .createIndex('legal_adviser_evaluations_org_year_idx')
    .on('legal_adviser_evaluations')
    .columns(['org_id', 'year'])
    .execute();
}
