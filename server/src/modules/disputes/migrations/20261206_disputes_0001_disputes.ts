import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 矛盾纠纷调解: disputes with their parties and mediation sessions. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('disputes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('town_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('channel_ref', 'text')
    .addColumn('received_on', k.date, (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('dup_key', 'text', (c) => c.notNull())
    .addColumn('duplicate_of_id', 'text', (c) => c.references('disputes.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('handler_kind', 'text')
    .addColumn('handler_name', 'text')
    .addColumn('mediator_name', 'text')
    .addColumn('chosen_by_parties', 'integer', (c) => c.notNull())
    .addColumn('routed_on', k.date)
    .addColumn('return_reason', 'text')
    .addColumn('accepted_on', k.date)
    .addColumn('limit_days', 'integer')
    .addColumn('extension_days', 'integer', (c) => c.notNull())
    .addColumn('due_on', k.date)
    .addColumn('concluded_on', k.date)
    .addColumn('outcome', 'text')
    .addColumn('outcome_note', 'text')
    .addColumn('responsibilities', 'text')
    .addColumn('performance', 'text')
    .addColumn('agreement_file_id', 'text')
    .addColumn('agreed_on', k.date)
    .addColumn('confirmation_applied_on', k.date)
    .addColumn('confirmation_court', 'text')
    .addColumn('closed_on', k.date)
    .addColumn('rating', 'integer')
    .addColumn('revisit_note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('disputes_code_idx')
    .unique()
    .on('disputes')
    .columns(['town_id', 'code'])
    .execute();
  // The list and the statistics filter a town's disputes by state and date; intake looks up the key.
  await db.schema
    .createIndex('disputes_org_idx')
    .on('disputes')
    .columns(['org_id', 'status', 'received_on'])
    .execute();
  await db.schema
    .createIndex('disputes_dup_idx')
    .on('disputes')
    .columns(['town_id', 'dup_key'])
    .execute();

  await db.schema
    .createTable('dispute_parties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text')
    .addColumn('phone', 'text')
    .addColumn('address', 'text')
    .execute();
  await db.schema
    .createIndex('dispute_parties_dispute_idx')
    .on('dispute_parties')
    .column('dispute_id')
    .execute();

  await db.schema
    .createTable('dispute_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('held_on', k.date, (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dispute_sessions_dispute_idx')
    .on('dispute_sessions')
    .column('dispute_id')
    .execute();
}
