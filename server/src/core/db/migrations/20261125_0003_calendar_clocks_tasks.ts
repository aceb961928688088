import type { Kysely } from 'kysely';
import type { MigrationKit } from '../migration-kit.js';

/** The working calendar, statutory clocks and the cross-module inbox (我的待办). */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('calendar_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text')
    .addColumn('published_on', k.date)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text')
    .addColumn('entered_at', k.instant, (c) => c.notNull())
    .addColumn('note', 'text')
    .addUniqueConstraint('calendar_notices_year_version_uq', ['year', 'version'])
    .execute();
  await db.schema
    .createTable('calendar_days')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('notice_id', 'text', (c) => c.notNull().references('calendar_notices.id'))
    .addColumn('date', k.date, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('calendar_days_notice_date_uq', ['notice_id', 'date'])
    .execute();

  await db.schema
    .createTable('clocks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('start_date', k.date, (c) => c.notNull())
    .addColumn('limit_days', 'integer', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('extension_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('due_date', k.date, (c) => c.notNull())
    .addColumn('provisional', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('stopped_on', k.date)
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('clocks_subject_idx')
    .on('clocks')
    .columns(['subject_type', 'subject_id'])
    .execute();
  await db.schema
    .createIndex('clocks_open_idx')
    .on('clocks')
    .columns(['state', 'due_date'])
    .execute();
  await db.schema
    .createTable('clock_pauses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clock_id', 'text', (c) => c.notNull().references('clocks.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('from_date', k.date, (c) => c.notNull())
    .addColumn('to_date', k.date)
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('clock_pauses_clock_idx')
    .on('clock_pauses')
    .column('clock_id')
    .execute();
  await db.schema
    .createTable('clock_extensions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clock_id', 'text', (c) => c.notNull().references('clocks.id'))
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('basis', 'text')
    .addColumn('approved_by', 'text', (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('clock_extensions_clock_idx')
    .on('clock_extensions')
    .column('clock_id')
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('module', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('assignee_user_id', 'text')
    .addColumn('assignee_role', 'text')
    .addColumn('clock_id', 'text')
    .addColumn('due_date', k.date)
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('closed_at', k.instant)
    .execute();
  // The inbox: open tasks of a person or a role, in due-date order.
  await db.schema
    .createIndex('tasks_user_idx')
    .on('tasks')
    .columns(['status', 'assignee_user_id', 'due_date'])
    .execute();
  await db.schema
    .createIndex('tasks_role_idx')
    .on('tasks')
    .columns(['status', 'assignee_role', 'due_date'])
    .execute();
  await db.schema.createIndex('tasks_clock_idx').on('tasks').column('clock_id').execute();
  await db.schema
    .createIndex('tasks_subject_idx')
    .on('tasks')
    .columns(['subject_type', 'subject_id'])
    .execute();
}
