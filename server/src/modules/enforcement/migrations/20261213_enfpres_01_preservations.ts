import { sql, type Kysely } from 'kysely';
import { newId } from '../../../core/ids.js';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

const OLD_COLUMNS = [
  'evidence_preserved_on',
  'preserved_evidence',
  'preservation_decided_on',
  'preservation_outcome',
  'preservation_note',
  'preservation_clock_id',
];

/**
 * 先行登记保存 (行政处罚法 第五十六条) many times per case: an investigation may register and preserve
 * evidence at two sites on different days, each decided on within its own seven working days
 * (第八十五条). Each case's single preservation moves into the child table, then its columns go.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('enforcement_preservations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('town_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_cases.id'))
    .addColumn('preserved_on', k.date, (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('decided_on', k.date)
    .addColumn('outcome', 'text')
    .addColumn('note', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('clock_id', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enforcement_preservations_case_idx')
    .on('enforcement_preservations')
    .columns(['case_id', 'preserved_on'])
    .execute();

  const moved = await sql<{
    id: string;
  }>`select id from enforcement_cases where evidence_preserved_on is not null`.execute(db);
  // The dates are copied inside the database so neither driver converts them; who approved and
  // decided was not kept on the case row (the audit trail names them). The case's last change
  // stands in for the row's creation.
  for (const { id } of moved.rows)
    await sql`insert into enforcement_preservations
      (id, org_id, town_id, case_id, preserved_on, evidence, decided_on, outcome, note, clock_id, created_at)
      select ${newId()}, org_id, town_id, id, evidence_preserved_on, coalesce(preserved_evidence, ''),
        preservation_decided_on, preservation_outcome, preservation_note, preservation_clock_id, updated_at
      from enforcement_cases where id = ${id}`.execute(db);

  for (const column of OLD_COLUMNS)
    await db.schema.alterTable('enforcement_cases').dropColumn(column).execute();
}
