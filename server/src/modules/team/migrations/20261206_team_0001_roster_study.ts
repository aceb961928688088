import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 法治队伍: the roster with training, adviser contracts with service logs, 学法 plans and sessions, 述法. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('team_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('town_staff', 'integer', (c) => c.notNull())
    .addColumn('degree', 'text', (c) => c.notNull())
    .addColumn('law_major', 'integer', (c) => c.notNull())
    .addColumn('legal_qualification', 'integer', (c) => c.notNull())
    .addColumn('qualification_no', 'text')
    .addColumn('joined_on', k.date, (c) => c.notNull())
    .addColumn('left_on', k.date)
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('team_members_org_idx').on('team_members').column('org_id').execute();
  await db.schema
    .createTable('team_trainings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('team_members.id'))
    .addColumn('held_on', k.date, (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('team_trainings_member_idx')
    .on('team_trainings')
    .columns(['member_id', 'held_on'])
    .execute();
  await db.schema
    .createTable('team_adviser_contracts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('firm', 'text', (c) => c.notNull())
    .addColumn('team_name', 'text', (c) => c.notNull())
    .addColumn('lawyers', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('starts_on', k.date, (c) => c.notNull())
    .addColumn('ends_on', k.date, (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('team_adviser_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('team_adviser_contracts.id'))
    .addColumn('served_on', k.date, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('team_adviser_logs_contract_idx')
    .on('team_adviser_logs')
    .columns(['contract_id', 'served_on'])
    .execute();
  await db.schema
    .createTable('team_study_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('team_study_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('plan_id', 'text', (c) => c.references('team_study_plans.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('held_on', k.date, (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lecturer', 'text')
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('absentees', 'text', (c) => c.notNull())
    .addColumn('materials', 'text', (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  // The year's count of each kind (专题法治学习会 …).
  await db.schema
    .createIndex('team_study_sessions_kind_idx')
    .on('team_study_sessions')
    .columns(['org_id', 'kind', 'held_on'])
    .execute();
  await db.schema
    .createTable('team_shufa_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('reporter', 'text', (c) => c.notNull())
    .addColumn('reporter_post', 'text', (c) => c.notNull())
    .addColumn('held_on', k.date, (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
}
