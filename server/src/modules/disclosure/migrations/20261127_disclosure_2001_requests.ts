import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 依申请公开: applications, their documents, consultations, redactions, tracking look-ups and settings. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('disclosure_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('applicant_kind', 'text', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('id_type', 'text', (c) => c.notNull())
    .addColumn('id_number_enc', 'text', (c) => c.notNull())
    .addColumn('id_number_index', 'text', (c) => c.notNull())
    .addColumn('phone_enc', 'text', (c) => c.notNull())
    .addColumn('phone_index', 'text', (c) => c.notNull())
    .addColumn('contact_person', 'text')
    .addColumn('address', 'text')
    .addColumn('email', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('form_wanted', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('submitted_on', k.date)
    .addColumn('signed_on', k.date)
    .addColumn('arrived_on', k.date)
    .addColumn('confirmed_on', k.date)
    .addColumn('received_on', k.date)
    .addColumn('receipt_note', 'text')
    .addColumn('reply_clock_id', 'text')
    .addColumn('correction_notice_clock_id', 'text')
    .addColumn('correction_clock_id', 'text')
    .addColumn('correction_requested_on', k.date)
    .addColumn('correction_items', 'text')
    .addColumn('correction_due_on', k.date)
    .addColumn('corrected_on', k.date)
    .addColumn('correction_text', 'text')
    .addColumn('extension_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extended_on', k.date)
    .addColumn('extended_by', 'text')
    .addColumn('explanation_requested_on', k.date)
    .addColumn('delay_due_on', k.date)
    .addColumn('fee_method', 'text')
    .addColumn('fee_items', 'integer')
    .addColumn('fee_pages', 'integer')
    .addColumn('fee_amount_fen', k.bigint)
    .addColumn('fee_notified_on', k.date)
    .addColumn('fee_due_on', k.date)
    .addColumn('fee_paid_on', k.date)
    .addColumn('fee_clock_id', 'text')
    .addColumn('fee_paused_clock', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outcome', 'text')
    .addColumn('outcome_on', k.date)
    .addColumn('reply_number', 'text')
    .addColumn('reply_reasons', 'text')
    .addColumn('applicant_user_id', 'text')
    .addColumn('submitted_ip', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  // 表三 counts by receipt year and by outcome year; the queue filters by state.
  await db.schema
    .createIndex('disclosure_requests_received_idx')
    .on('disclosure_requests')
    .columns(['org_id', 'received_on'])
    .execute();
  await db.schema
    .createIndex('disclosure_requests_outcome_idx')
    .on('disclosure_requests')
    .columns(['org_id', 'outcome_on'])
    .execute();
  await db.schema
    .createIndex('disclosure_requests_state_idx')
    .on('disclosure_requests')
    .columns(['org_id', 'state'])
    .execute();
  await db.schema
    .createIndex('disclosure_requests_applicant_idx')
    .on('disclosure_requests')
    .columns(['id_number_index', 'received_on'])
    .execute();
  await db.schema
    .createIndex('disclosure_requests_ip_idx')
    .on('disclosure_requests')
    .columns(['submitted_ip', 'created_at'])
    .execute();

  await db.schema
    .createTable('disclosure_request_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('disclosure_requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text')
    .addColumn('visible_to_applicant', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('disclosure_request_documents_request_idx')
    .on('disclosure_request_documents')
    .column('request_id')
    .execute();
  await db.schema
    .createIndex('disclosure_request_documents_file_idx')
    .on('disclosure_request_documents')
    .column('file_id')
    .execute();

  await db.schema
    .createTable('disclosure_consultations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('disclosure_requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('party_name', 'text', (c) => c.notNull())
    .addColumn('matter', 'text', (c) => c.notNull())
    .addColumn('sent_on', k.date, (c) => c.notNull())
    .addColumn('due_on', k.date, (c) => c.notNull())
    .addColumn('clock_id', 'text', (c) => c.notNull())
    .addColumn('answered_on', k.date)
    .addColumn('opinion', 'text')
    .addColumn('opinion_note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('disclosure_consultations_request_idx')
    .on('disclosure_consultations')
    .column('request_id')
    .execute();

  await db.schema
    .createTable('disclosure_redactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('disclosure_requests.id'))
    .addColumn('original_file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('released_file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('grounds', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('disclosure_redactions_request_idx')
    .on('disclosure_redactions')
    .column('request_id')
    .execute();

  await db.schema
    .createTable('disclosure_tracking_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ip', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('success', 'integer', (c) => c.notNull())
    .addColumn('at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('disclosure_tracking_attempts_ip_idx')
    .on('disclosure_tracking_attempts')
    .columns(['ip', 'at'])
    .execute();
  await db.schema
    .createIndex('disclosure_tracking_attempts_code_idx')
    .on('disclosure_tracking_attempts')
    .columns(['code', 'at'])
    .execute();

  await db.schema
    .createTable('disclosure_request_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().unique().references('orgs.id'))
    .addColumn('fee_notice_pauses_clock', 'integer', (c) => c.notNull())
    .addColumn('correction_period_days', 'integer', (c) => c.notNull())
    .addColumn('fee_payment_days', 'integer', (c) => c.notNull())
    .addColumn('review_authority', 'text')
    .addColumn('court', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
}
