import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 主动公开: the catalogue, the portal's public index, the guide, settings and 表二 statistics. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('disclosure_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('town_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('index_no', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text')
    .addColumn('publisher_name', 'text', (c) => c.notNull())
    .addColumn('group_class', 'text')
    .addColumn('publish_mode', 'text', (c) => c.notNull())
    .addColumn('created_on', k.date, (c) => c.notNull())
    .addColumn('normative_kind', 'text')
    .addColumn('issued_on', k.date)
    .addColumn('abolished_on', k.date)
    .addColumn('explains_id', 'text', (c) => c.references('disclosure_items.id'))
    .addColumn('supersedes_id', 'text', (c) => c.references('disclosure_items.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('clock_id', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', k.instant)
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', k.instant)
    .addColumn('review_opinion', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('published_at', k.instant)
    .addColumn('published_on', k.date)
    .addColumn('withhold_ground', 'text')
    .addColumn('withhold_reason', 'text')
    .addColumn('reassess_due', k.date)
    .addColumn('last_reassessed_on', k.date)
    .addColumn('withdrawn_reason', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  // Staff lists: a town's entries by state, newest first; the re-assessment queue; 表二 counts.
  await db.schema
    .createIndex('disclosure_items_town_idx')
    .on('disclosure_items')
    .columns(['town_id', 'status', 'created_on'])
    .execute();
  await db.schema
    .createIndex('disclosure_items_org_idx')
    .on('disclosure_items')
    .columns(['org_id', 'status'])
    .execute();
  await db.schema
    .createIndex('disclosure_items_reassess_idx')
    .on('disclosure_items')
    .columns(['status', 'reassess_due'])
    .execute();
  await db.schema
    .createIndex('disclosure_items_explains_idx')
    .on('disclosure_items')
    .column('explains_id')
    .execute();
  await db.schema
    .createIndex('disclosure_items_category_idx')
    .on('disclosure_items')
    .columns(['town_id', 'category', 'normative_kind'])
    .execute();

  await db.schema
    .createTable('disclosure_public_index')
    .addColumn('item_id', 'text', (c) => c.primaryKey().references('disclosure_items.id'))
    .addColumn('town_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('index_no', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('publisher_name', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text')
    .addColumn('created_on', k.date, (c) => c.notNull())
    .addColumn('published_on', k.date, (c) => c.notNull())
    .addColumn('published_at', k.instant, (c) => c.notNull())
    .addColumn('abolished_on', k.date)
    .addColumn('tokens', 'text', (c) => c.notNull())
    .execute();
  // The portal pages by (town[, category]) newest first: each page is an index range scan, no sort.
  await db.schema
    .createIndex('disclosure_public_town_idx')
    .on('disclosure_public_index')
    .columns(['town_id', 'created_on', 'item_id'])
    .execute();
  await db.schema
    .createIndex('disclosure_public_cat_idx')
    .on('disclosure_public_index')
    .columns(['town_id', 'category', 'created_on', 'item_id'])
    .execute();
  // Chinese arrives as search tokens (character pairs and characters, core/search/segment.ts). On
  // PostgreSQL the tsvector is stored (a generated column): phrase matches are rechecked and ranked
  // per row, and re-parsing the tokens of thousands of rows per anonymous search would cost 10× more.
  await k.raw(db, {
    sqlite: `CREATE VIRTUAL TABLE disclosure_public_fts USING fts5(tokens, content='disclosure_public_index', content_rowid='rowid', tokenize='unicode61')`,
    pg: `ALTER TABLE disclosure_public_index ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', tokens)) STORED`,
  });
  await k.raw(db, {
    pg: `CREATE INDEX disclosure_public_tsv_idx ON disclosure_public_index USING gin (tsv)`,
  });
  // Search results come newest-published first: SQLite reads the full-text index in rowid (insertion)
  // order, PostgreSQL walks this index and stops after a page of matches.
  await k.raw(db, {
    pg: `CREATE INDEX disclosure_public_published_idx ON disclosure_public_index (town_id, published_at DESC, item_id DESC)`,
  });
  await k.raw(db, {
    sqlite: `CREATE TRIGGER disclosure_public_ai AFTER INSERT ON disclosure_public_index BEGIN
               INSERT INTO disclosure_public_fts(rowid, tokens) VALUES (new.rowid, new.tokens); END`,
  });
  await k.raw(db, {
    sqlite: `CREATE TRIGGER disclosure_public_ad AFTER DELETE ON disclosure_public_index BEGIN
               INSERT INTO disclosure_public_fts(disclosure_public_fts, rowid, tokens) VALUES ('delete', old.rowid, old.tokens); END`,
  });
  await k.raw(db, {
    sqlite: `CREATE TRIGGER disclosure_public_au AFTER UPDATE ON disclosure_public_index BEGIN
               INSERT INTO disclosure_public_fts(disclosure_public_fts, rowid, tokens) VALUES ('delete', old.rowid, old.tokens);
               INSERT INTO disclosure_public_fts(rowid, tokens) VALUES (new.rowid, new.tokens); END`,
  });

  await db.schema
    .createTable('disclosure_public_counts')
    .addColumn('town_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('disclosure_public_counts_pk', ['town_id', 'category'])
    .execute();

  await db.schema
    .createTable('disclosure_guides')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id'))
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('arrangement', 'text', (c) => c.notNull())
    .addColumn('access_methods', 'text', (c) => c.notNull())
    .addColumn('office_name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('office_hours', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('fax', 'text', (c) => c.notNull())
    .addColumn('website', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('disclosure_proactive_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id'))
    .addColumn('reassess_months', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('disclosure_annual_stats')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('licensing_decisions', 'integer', (c) => c.notNull())
    .addColumn('licensing_source', 'text', (c) => c.notNull())
    .addColumn('penalty_decisions', 'integer', (c) => c.notNull())
    .addColumn('penalty_source', 'text', (c) => c.notNull())
    .addColumn('coercion_decisions', 'integer', (c) => c.notNull())
    .addColumn('coercion_source', 'text', (c) => c.notNull())
    .addColumn('fees_fen', k.bigint, (c) => c.notNull())
    .addColumn('fees_source', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .addUniqueConstraint('disclosure_annual_stats_year_uq', ['org_id', 'year'])
    .execute();
}
