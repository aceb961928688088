import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';
import { hearingTerms } from '../hearing-notice.js';

/**
 * A rescheduled hearing gets a new 听证公告 (条例 第十六条): the notice records the hearing terms it
 * announced, and a replaced notice is kept with the 文号 that superseded it. Runs after the hearings
 * table; an existing 听证公告 is taken to announce the hearing as it stands now.
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema.alterTable('decision_notices').addColumn('hearing_terms', 'text').execute();
  await db.schema
    .createTable('decision_superseded_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('doc_number', 'text', (c) => c.notNull())
    .addColumn('issued_on', k.date, (c) => c.notNull())
    .addColumn('issued_by', 'text')
    .addColumn('superseded_on', k.date, (c) => c.notNull())
    .addColumn('superseded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_superseded_notices_decision')
    .on('decision_superseded_notices')
    .column('decision_id')
    .execute();
  // The migrator's connection maps camelCase names to the snake_case columns.
  const hearings = await db
    .selectFrom('decision_notices')
    .innerJoin('decision_hearings', 'decision_hearings.decisionId', 'decision_notices.decisionId')
    .select([
      'decision_notices.id as id',
      'hearingOn',
      'place',
      'matters',
      'selectionRule',
      'participants',
    ])
    .where('decision_notices.kind', '=', 'hearing')
    .execute();
  for (const h of hearings)
    await db
      .updateTable('decision_notices')
      .set({ hearingTerms: hearingTerms(h) })
      .where('id', '=', h.id)
      .execute();
}
