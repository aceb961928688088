import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/**
 * 行政处罚决定公开 (行政处罚法 第四十八条): the day a decision was published, and — once the decision
 * was changed or revoked — the day of that change, the day the publication was withdrawn and why;
 * and the day a past case was brought in from the town's own ledger (台账导入).
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  for (const column of [
    'published_on',
    'decision_changed_on',
    'publication_withdrawn_on',
    'imported_on',
  ])
    await db.schema.alterTable('enforcement_cases').addColumn(column, k.date).execute();
  await db.schema
    .alterTable('enforcement_cases')
    .addColumn('publication_withdrawal_reason', 'text')
    .execute();
}
