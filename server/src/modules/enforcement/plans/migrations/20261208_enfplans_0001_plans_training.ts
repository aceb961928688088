import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../../core/db/migration-kit.js';

/**
 * 行政执法: 双随机、一公开 抽查计划 with their seeded draw; officers' training sessions; the town's yearly
 * training requirement (学时) beside its other enforcement settings.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('enforcement_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('town_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('matter', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('objects', 'text', (c) => c.notNull())
    .addColumn('draw_count', 'integer', (c) => c.notNull())
    .addColumn('officers_per_inspection', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seed', 'text')
    .addColumn('candidates', 'text')
    .addColumn('draw_result', 'text')
    .addColumn('drawn_on', k.date)
    .addColumn('published_on', k.date)
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  // The list shows a town's plans by year; the portal its published ones.
  await db.schema
    .createIndex('enforcement_plans_org_idx')
    .on('enforcement_plans')
    .columns(['org_id', 'year', 'status'])
    .execute();

  await db.schema
    .createTable('enforcement_trainings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('held_on', k.date, (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  // A year's hours are summed per officer of a town.
  await db.schema
    .createIndex('enforcement_trainings_org_idx')
    .on('enforcement_trainings')
    .columns(['org_id', 'held_on', 'user_id'])
    .execute();

  await db.schema
    .alterTable('enforcement_settings')
    .addColumn('training_hours', 'integer')
    .execute();
}
