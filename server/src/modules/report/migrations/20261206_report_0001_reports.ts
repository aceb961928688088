import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 法治政府建设年度报告 and the figures entered for it (录入指标). */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('report_indicator_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('source_document', 'text', (c) => c.notNull())
    .addColumn('source_date', k.date, (c) => c.notNull())
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('entered_at', k.instant, (c) => c.notNull())
    .execute();
  // One current value per town, year and figure; a correction replaces it (the audit trail keeps the old).
  await db.schema
    .createIndex('report_indicator_entries_key_uq')
    .on('report_indicator_entries')
    .columns(['org_id', 'year', 'key'])
    .unique()
    .execute();
  await db.schema
    .createTable('law_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('cut_off_on', k.date, (c) => c.notNull())
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', k.instant)
    .addColumn('published_at', k.instant)
    .addColumn('docx_file_id', 'text')
    .addColumn('snapshot', 'text')
    .addColumn('reported_at', k.instant)
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('law_reports_org_year_uq')
    .on('law_reports')
    .columns(['org_id', 'year'])
    .unique()
    .execute();
}
