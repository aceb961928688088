import { sql, type Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * The judgement recorded with a decision that it has some social impact and so is published
 * (行政处罚法 第四十八条第一款; null until decided); and 先行登记保存 (第五十六条): the day evidence was registered and preserved, what, the day
 * and content of the decision on it, and its seven-working-day clock.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  const t = () => db.schema.alterTable('enforcement_cases');
  await t().addColumn('publishable', 'integer').execute();
  for (const column of ['evidence_preserved_on', 'preservation_decided_on'])
    await t().addColumn(column, k.date).execute();
  for (const column of [
    'preserved_evidence',
    'preservation_outcome',
    'preservation_note',
    'preservation_clock_id',
  ])
    await t().addColumn(column, 'text').execute();
  // Decisions made before the judgement existed were all treated as published (their 公开 clock ran).
  await sql`update enforcement_cases set publishable = 1 where decided_on is not null`.execute(db);
}
