import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 合法性审查 items, their text versions, materials and the per-item 流转记录. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('review_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('track', 'text', (c) => c.notNull())
    .addColumn('affects_market', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('returned_from', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('opinion_id', 'text')
    .addColumn('opinion_issued_on', k.date)
    .addColumn('draft_opinion', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', k.instant)
    .addColumn('accepted_on', k.date)
    .addColumn('clock_id', 'text')
    .addColumn('filing_clock_id', 'text')
    .addColumn('adoption', 'text')
    .addColumn('feedback_note', 'text')
    .addColumn('feedback_at', k.instant)
    .addColumn('decision_kind', 'text')
    .addColumn('decided_on', k.date)
    .addColumn('decided_by', 'text')
    .addColumn('decision_facts', 'text')
    .addColumn('filed_on', k.date)
    .addColumn('archived_at', k.instant)
    .addColumn('fcr_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_items_org_state_idx')
    .on('review_items')
    .columns(['org_id', 'state'])
    .execute();
  await db.schema
    .createIndex('review_items_type_opinion_idx')
    .on('review_items')
    .columns(['type', 'opinion_issued_on'])
    .execute();
  await db.schema
    .createIndex('review_items_created_idx')
    .on('review_items')
    .columns(['created_at', 'id'])
    .execute();

  await db.schema
    .createTable('review_item_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('review_items.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_file_id', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addUniqueConstraint('review_item_versions_uq', ['item_id', 'version'])
    .execute();

  await db.schema
    .createTable('review_materials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('review_items.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('material_key', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text')
    .addColumn('note', 'text')
    .addColumn('added_by', 'text')
    .addColumn('added_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_materials_item_idx')
    .on('review_materials')
    .column('item_id')
    .execute();

  await db.schema
    .createTable('review_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('review_items.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('at', k.instant, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('basis', 'text')
    .execute();
  await db.schema
    .createIndex('review_steps_item_idx')
    .on('review_steps')
    .columns(['item_id', 'at'])
    .execute();
}
