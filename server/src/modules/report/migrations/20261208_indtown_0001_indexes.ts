import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * Indexes for the indicators (法治指标) counted for many towns at once, grouped by town: each module's
 * figures read its records of the towns within a span of days (received, concluded, filed, inspected
 * …), so each is a (town, day) index the grouped counts range over (checked with EXPLAIN on PostgreSQL).
 * Indexes that already serve them (enforcement decisions, decisions, the station's visits, study
 * sessions, review filings) are not repeated.
 */
const INDEXES: [name: string, table: string, columns: string[]][] = [
  ['disputes_town_received_idx', 'disputes', ['town_id', 'received_on']],
  ['disputes_town_concluded_idx', 'disputes', ['town_id', 'concluded_on']],
  ['enforcement_cases_town_filed_idx', 'enforcement_cases', ['town_id', 'filed_on']],
  [
    'enforcement_inspections_town_idx',
    'enforcement_inspections',
    ['town_id', 'kind', 'inspected_on'],
  ],
  ['litigation_cases_town_idx', 'litigation_cases', ['town_id', 'received_on']],
  ['legal_assistance_records_org_idx', 'legal_assistance_records', ['org_id', 'received_on']],
  ['team_adviser_contracts_org_idx', 'team_adviser_contracts', ['org_id', 'starts_on']],
  ['review_opinions_org_issued_idx', 'review_opinions', ['org_id', 'issued_on']],
];

export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  for (const [name, table, columns] of INDEXES)
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  // Legal aid counts by the day it was forwarded (转交) or else decided (先行提供).
  const aid =
    'CREATE INDEX legal_aid_applications_day_idx ON legal_aid_applications (org_id, (coalesce(forwarded_on, decided_on)))';
  await k.raw(db, { sqlite: aid, pg: aid });
}
