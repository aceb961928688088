import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** Filing register (备案), per-town settings, fair-competition records and the 存量清理 ledger. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('review_filings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('review_items.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('target_org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('filed_on', k.date, (c) => c.notNull())
    .addColumn('filed_by', 'text')
    .addColumn('file_id', 'text')
    .addColumn('note', 'text')
    .addColumn('due_date', k.date)
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_filings_item_idx')
    .on('review_filings')
    .column('item_id')
    .execute();
  await db.schema
    .createIndex('review_filings_filed_idx')
    .on('review_filings')
    .columns(['filed_on', 'id'])
    .execute();

  await db.schema
    .createTable('review_settings')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('review_settings_pk', ['org_id', 'key'])
    .execute();

  await db.schema
    .createTable('review_fcr_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('item_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('drafting_unit', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('exception', 'text')
    .addColumn('consultation', 'text')
    .addColumn('outcome', 'text')
    .addColumn('conclusion_text', 'text')
    .addColumn('concluded_by', 'text')
    .addColumn('concluded_on', k.date)
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_fcr_records_org_idx')
    .on('review_fcr_records')
    .columns(['org_id', 'state'])
    .execute();

  await db.schema
    .createTable('review_fcr_cleanups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('doc_title', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text')
    .addColumn('issued_on', k.date)
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('reviewed_on', k.date, (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('campaign', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_fcr_cleanups_org_idx')
    .on('review_fcr_cleanups')
    .columns(['org_id', 'reviewed_on'])
    .execute();
}
