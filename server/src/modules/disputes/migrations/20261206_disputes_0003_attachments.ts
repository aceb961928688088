import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** Signatures captured on screen for a 调解协议书, and the mediator's photos of the site. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('dispute_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('signer', 'text')
    .addColumn('agreement_file_id', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dispute_attachments_dispute_idx')
    .on('dispute_attachments')
    .column('dispute_id')
    .execute();
  // One signature per signer and agreement.
  await db.schema
    .createIndex('dispute_attachments_signer_idx')
    .unique()
    .on('dispute_attachments')
    .columns(['agreement_file_id', 'signer'])
    .execute();
}
