import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** The review itself: pre-review hits, findings, opinions, the adviser's opinions and county co-reviews. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('review_hits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('review_items.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('clause', 'text', (c) => c.notNull())
    .addColumn('start_pos', 'integer', (c) => c.notNull())
    .addColumn('end_pos', 'integer', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('suggestion', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', k.instant)
    .addColumn('decision_note', 'text')
    .addColumn('finding_id', 'text')
    .execute();
  await db.schema
    .createIndex('review_hits_item_idx')
    .on('review_hits')
    .columns(['item_id', 'version'])
    .execute();
  await db.schema
    .createIndex('review_hits_rule_idx')
    .on('review_hits')
    .columns(['rule_id', 'decision'])
    .execute();

  await db.schema
    .createTable('review_findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('review_items.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('clause', 'text')
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('basis', 'text')
    .addColumn('suggestion', 'text')
    .addColumn('hit_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_findings_item_idx')
    .on('review_findings')
    .columns(['item_id', 'version'])
    .execute();

  await db.schema
    .createTable('review_opinions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('review_items.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('conclusion', 'text', (c) => c.notNull())
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('bases', 'text', (c) => c.notNull())
    .addColumn('risk_statement', 'text')
    .addColumn('reviewer_id', 'text')
    .addColumn('reviewer_name', 'text', (c) => c.notNull())
    .addColumn('issued_on', k.date, (c) => c.notNull())
    .addColumn('issued_at', k.instant, (c) => c.notNull())
    .addColumn('doc_number', 'text')
    .addColumn('doc_number_id', 'text')
    .addColumn('file_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    // One opinion per text version: a new opinion needs a new version (修改后重新报审).
    .addUniqueConstraint('review_opinions_version_uq', ['item_id', 'version'])
    .execute();
  await db.schema
    .createIndex('review_opinions_issued_idx')
    .on('review_opinions')
    .column('issued_on')
    .execute();

  await db.schema
    .createTable('review_adviser_opinions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('review_items.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('adviser_id', 'text')
    .addColumn('adviser_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_adviser_opinions_item_idx')
    .on('review_adviser_opinions')
    .column('item_id')
    .execute();

  await db.schema
    .createTable('review_co_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('review_items.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', k.instant, (c) => c.notNull())
    .addColumn('paused_clock', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('responder_id', 'text')
    .addColumn('responder_name', 'text')
    .addColumn('response', 'text')
    .addColumn('responded_at', k.instant)
    .execute();
  await db.schema
    .createIndex('review_co_reviews_item_idx')
    .on('review_co_reviews')
    .column('item_id')
    .execute();
}
