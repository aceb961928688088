import { sql, type Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * 普法 content on the workflow kernel: an explicit state (so a piece can be withdrawn from the portal),
 * the withdrawal's day and reason, and the update instant every kernel record carries. Pieces already
 * published become `published`; the rest stay drafts.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .alterTable('pufa_contents')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft'))
    .execute();
  await db.schema.alterTable('pufa_contents').addColumn('withdrawn_on', k.date).execute();
  await db.schema.alterTable('pufa_contents').addColumn('withdrawal_reason', 'text').execute();
  await db.schema.alterTable('pufa_contents').addColumn('updated_at', k.instant).execute();
  // Backfill in plain SQL: the same statement on both dialects.
  await sql`update pufa_contents set updated_at = created_at`.execute(db);
  await sql`update pufa_contents set state = 'published' where published_on is not null`.execute(
    db,
  );
  await db.schema
    .createIndex('pufa_contents_state_idx')
    .on('pufa_contents')
    .columns(['org_id', 'state'])
    .execute();
}
