import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 三务公开: village items, frequencies, the supervisory committees, the 群治分 log and complaints. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('village_affairs_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('town_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('matter_kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('period', 'text')
    .addColumn('occurred_on', k.date)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('submitted_at', k.instant)
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', k.instant)
    .addColumn('review_opinion', 'text')
    .addColumn('published_at', k.instant)
    .addColumn('published_on', k.date)
    .addColumn('channel_ref', 'text')
    .addColumn('complaint_id', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  // The board reads each village's publications per category and period; the public page lists newest first.
  await db.schema
    .createIndex('village_items_org_idx')
    .on('village_affairs_items')
    .columns(['org_id', 'category', 'status', 'published_on'])
    .execute();
  await db.schema
    .createIndex('village_items_town_idx')
    .on('village_affairs_items')
    .columns(['town_id', 'status'])
    .execute();

  await db.schema
    .createTable('village_publication_rules')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('village_publication_rules_pk', ['org_id', 'category'])
    .execute();

  await db.schema
    .createTable('village_affairs_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id'))
    .addColumn('due_day', 'integer', (c) => c.notNull())
    .addColumn('major_days', 'integer', (c) => c.notNull())
    .addColumn('complaint_days', 'integer', (c) => c.notNull())
    .addColumn('order_days', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('village_supervisors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('elected_on', k.date, (c) => c.notNull())
    .addColumn('until', k.date)
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('village_supervisors_org_idx')
    .on('village_supervisors')
    .columns(['org_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('village_channel_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('village_affairs_items.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('external_ref', 'text', (c) => c.notNull())
    .addColumn('posted_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('village_channel_posts_item_idx')
    .on('village_channel_posts')
    .column('item_id')
    .execute();

  await db.schema
    .createTable('village_affairs_complaints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('town_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('receipt_no', 'text', (c) => c.notNull())
    .addColumn('complainant_name', 'text', (c) => c.notNull())
    .addColumn('phone_enc', 'text')
    .addColumn('phone_index', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('matter', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('received_on', k.date, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('clock_id', 'text')
    .addColumn('order_clock_id', 'text')
    .addColumn('handler_id', 'text')
    .addColumn('findings', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('order_text', 'text')
    .addColumn('ordered_on', k.date)
    .addColumn('published_item_id', 'text')
    .addColumn('result_note', 'text')
    .addColumn('closed_on', k.date)
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .addUniqueConstraint('village_complaints_receipt_uq', ['town_id', 'receipt_no'])
    .execute();
  await db.schema
    .createIndex('village_complaints_town_idx')
    .on('village_affairs_complaints')
    .columns(['town_id', 'status', 'received_on'])
    .execute();
  await db.schema
    .createIndex('village_complaints_org_idx')
    .on('village_affairs_complaints')
    .column('org_id')
    .execute();
}
