import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../../core/db/migration-kit.js';

/** 行政执法: inspection records with their checklists, and hazards under rectification or 挂牌督办. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('enforcement_inspections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('town_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('inspected_on', k.date, (c) => c.notNull())
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('subject_address', 'text')
    .addColumn('contact_person', 'text')
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('joint', 'integer', (c) => c.notNull())
    .addColumn('departments', 'text', (c) => c.notNull())
    .addColumn('inspectors', 'text', (c) => c.notNull())
    .addColumn('findings', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enforcement_inspections_org_idx')
    .on('enforcement_inspections')
    .columns(['org_id', 'kind', 'inspected_on'])
    .execute();

  await db.schema
    .createTable('enforcement_hazards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('town_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('inspection_id', 'text', (c) => c.references('enforcement_inspections.id'))
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('found_on', k.date, (c) => c.notNull())
    .addColumn('ordered_on', k.date)
    .addColumn('deadline', k.date)
    .addColumn('rectifying_on', k.date)
    .addColumn('rechecked_on', k.date)
    .addColumn('recheck_passed', 'integer', (c) => c.notNull())
    .addColumn('recheck_note', 'text')
    .addColumn('closed_on', k.date)
    .addColumn('case_id', 'text', (c) => c.references('enforcement_cases.id'))
    .addColumn('supervised_on', k.date)
    .addColumn('supervision_body', 'text')
    .addColumn('supervision_deadline', k.date)
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  // The list filters open hazards by town and state; overdue ones by their deadline.
  await db.schema
    .createIndex('enforcement_hazards_org_idx')
    .on('enforcement_hazards')
    .columns(['org_id', 'status', 'deadline'])
    .execute();
}
