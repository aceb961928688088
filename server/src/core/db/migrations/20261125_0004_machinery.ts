import type { Kysely } from 'kysely';
import type { MigrationKit } from '../migration-kit.js';

/** Document numbering (文号), attachments, global search and the scheduled-job table. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('doc_number_templates')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_number_templates_pk', ['org_id', 'kind'])
    .execute();
  await db.schema
    .createTable('doc_number_sequences')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_number_sequences_pk', ['org_id', 'kind', 'year'])
    .execute();

  // 发文登记: every number handed out, with what it was used for.
  await db.schema
    .createTable('doc_numbers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number_text', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('issued_by', 'text')
    .addColumn('issued_at', k.instant, (c) => c.notNull())
    .addUniqueConstraint('doc_numbers_seq_uq', ['org_id', 'kind', 'year', 'seq'])
    .execute();

  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('sm3', 'text', (c) => c.notNull())
    .addColumn('size', k.bigint, (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('owner_type', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('uploaded_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('files_owner_idx')
    .on('files')
    .columns(['owner_type', 'owner_id'])
    .execute();
  await db.schema.createIndex('files_sm3_idx').on('files').column('sm3').execute();

  await db.schema
    .createTable('search_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('snippet', 'text', (c) => c.notNull())
    .addColumn('tokens', 'text', (c) => c.notNull())
    .addColumn('permission', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .addUniqueConstraint('search_entries_entity_uq', ['entity_type', 'entity_id'])
    .execute();
  await db.schema
    .createIndex('search_entries_org_idx')
    .on('search_entries')
    .column('org_id')
    .execute();
  // Chinese text arrives as space-separated tokens (character pairs and characters, core/search/segment.ts).
  await k.raw(db, {
    sqlite: `CREATE VIRTUAL TABLE search_fts USING fts5(tokens, content='search_entries', content_rowid='rowid', tokenize='unicode61')`,
    pg: `CREATE INDEX search_entries_tokens_idx ON search_entries USING gin (to_tsvector('simple', tokens))`,
  });
  await k.raw(db, {
    sqlite: `CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
               INSERT INTO search_fts(rowid, tokens) VALUES (new.rowid, new.tokens); END`,
  });
  await k.raw(db, {
    sqlite: `CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
               INSERT INTO search_fts(search_fts, rowid, tokens) VALUES ('delete', old.rowid, old.tokens); END`,
  });
  await k.raw(db, {
    sqlite: `CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN
               INSERT INTO search_fts(search_fts, rowid, tokens) VALUES ('delete', old.rowid, old.tokens);
               INSERT INTO search_fts(rowid, tokens) VALUES (new.rowid, new.tokens); END`,
  });

  await db.schema
    .createTable('scheduled_jobs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('next_run_at', k.instant, (c) => c.notNull())
    .addColumn('last_run_at', k.instant)
    .addColumn('last_status', 'text')
    .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('job_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_name', 'text', (c) => c.notNull())
    .addColumn('slot', k.instant, (c) => c.notNull())
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('started_at', k.instant, (c) => c.notNull())
    .addColumn('finished_at', k.instant)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('output', 'text')
    // Exactly once per slot, whatever the number of instances racing for it.
    .addUniqueConstraint('job_runs_slot_uq', ['job_name', 'slot'])
    .execute();
}
