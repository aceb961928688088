import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 政府信息公开工作年度报告: the staff-written sections, publication snapshots and the 表四 counts. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('disclosure_annual_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('overview', 'text', (c) => c.notNull())
    .addColumn('problems', 'text', (c) => c.notNull())
    .addColumn('other_matters', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', k.instant)
    .addColumn('published_by', 'text')
    .addColumn('snapshot', 'text')
    .addColumn('docx_file_id', 'text', (c) => c.references('files.id'))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .addUniqueConstraint('disclosure_annual_reports_org_year_uq', ['org_id', 'year'])
    .execute();

  const counts = ['review', 'direct', 'after'].flatMap((g) =>
    ['upheld', 'corrected', 'other', 'pending'].map((r) => `${g}_${r}`),
  );
  let table = db.schema
    .createTable('disclosure_review_counts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull());
  for (const col of counts)
    table = table.addColumn(col, 'integer', (c) => c.notNull().defaultTo(0));
  await table
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .addUniqueConstraint('disclosure_review_counts_org_year_uq', ['org_id', 'year'])
    .execute();
}
