import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 行政执法: entrustments (委托), enforcement certificates (执法证), cases and the art 63 hearing thresholds. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('enforcement_entrustments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('entrusting_body', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('powers', 'text', (c) => c.notNull())
    .addColumn('document_no', 'text')
    .addColumn('starts_on', k.date, (c) => c.notNull())
    .addColumn('ends_on', k.date, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enforcement_entrustments_org_idx')
    .on('enforcement_entrustments')
    .columns(['org_id', 'ends_on'])
    .execute();

  await db.schema
    .createTable('enforcement_certificates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('cert_no', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('issued_on', k.date, (c) => c.notNull())
    .addColumn('expires_on', k.date, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enforcement_certificates_user_idx')
    .on('enforcement_certificates')
    .columns(['user_id', 'expires_on'])
    .execute();
  await db.schema
    .createIndex('enforcement_certificates_no_idx')
    .on('enforcement_certificates')
    .column('cert_no')
    .unique()
    .execute();

  await db.schema
    .createTable('enforcement_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('town_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('case_no', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('authority_basis', 'text', (c) => c.notNull())
    .addColumn('entrustment_id', 'text', (c) => c.references('enforcement_entrustments.id'))
    .addColumn('party_name', 'text', (c) => c.notNull())
    .addColumn('party_kind', 'text', (c) => c.notNull())
    .addColumn('party_address', 'text')
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('major', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('clue_on', k.date, (c) => c.notNull())
    .addColumn('officer_ids', 'text', (c) => c.notNull())
    .addColumn('filed_on', k.date)
    .addColumn('investigated_on', k.date)
    .addColumn('proposed_fine', 'integer')
    .addColumn('noticed_on', k.date)
    .addColumn('notice_doc_no', 'text')
    .addColumn('notice_file_id', 'text')
    .addColumn('hearing_requested_on', k.date)
    .addColumn('heard_on', k.date)
    .addColumn('legal_reviewed_on', k.date)
    .addColumn('legal_review_opinion', 'text')
    .addColumn('discussed_on', k.date)
    .addColumn('extension_days', 'integer', (c) => c.notNull())
    .addColumn('extension_reason', 'text')
    .addColumn('extension_approver', 'text')
    .addColumn('decided_on', k.date)
    .addColumn('fine', 'integer')
    .addColumn('penalty', 'text')
    .addColumn('decision_doc_no', 'text')
    .addColumn('decision_file_id', 'text')
    .addColumn('served_on', k.date)
    .addColumn('paid_on', k.date)
    .addColumn('closed_on', k.date)
    .addColumn('ending_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  // The list filters by town, state and field; the ledger and statistics group decisions by year.
  await db.schema
    .createIndex('enforcement_cases_org_idx')
    .on('enforcement_cases')
    .columns(['org_id', 'status', 'field'])
    .execute();
  await db.schema
    .createIndex('enforcement_cases_decided_idx')
    .on('enforcement_cases')
    .columns(['town_id', 'decided_on'])
    .execute();

  await db.schema
    .createTable('enforcement_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id'))
    .addColumn('hearing_fine_citizen', 'integer', (c) => c.notNull())
    .addColumn('hearing_fine_organisation', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
}
