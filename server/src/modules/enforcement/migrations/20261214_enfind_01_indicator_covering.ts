import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * The indicators (法治指标) count the towns' cases of one field decided or filed in a span, and their
 * joint canteen inspections: (town, field, day) and (town, kind, day) indexes carrying what the counts
 * read and org_id (the tenancy filter), so PostgreSQL answers them with index-only scans.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await k.coveringIndex(db, {
    name: 'enforcement_cases_field_decided_idx',
    table: 'enforcement_cases',
    columns: ['town_id', 'field', 'decided_on'],
    include: ['org_id', 'authority_basis', 'fine'],
  });
  await k.coveringIndex(db, {
    name: 'enforcement_cases_field_filed_idx',
    table: 'enforcement_cases',
    columns: ['town_id', 'field', 'filed_on'],
    include: ['org_id', 'fine'],
  });
  await k.coveringIndex(db, {
    name: 'enforcement_inspections_town_idx',
    table: 'enforcement_inspections',
    columns: ['town_id', 'kind', 'inspected_on'],
    include: ['org_id', 'joint', 'subject_name'],
  });
}
