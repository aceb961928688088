import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 决策公告 issued through the letter office: one of each kind per decision (条例 第十五、十六、三十二条). */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('decision_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('doc_number', 'text', (c) => c.notNull())
    .addColumn('issued_on', k.date, (c) => c.notNull())
    .addColumn('issued_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addUniqueConstraint('decision_notices_uq', ['decision_id', 'kind'])
    .execute();
}
