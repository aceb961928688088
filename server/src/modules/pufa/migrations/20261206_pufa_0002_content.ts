import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 普法 content under the town's brand, the 谁执法谁普法 list, and the villages' 法律明白人 / 法治带头人. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('pufa_contents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('media_url', 'text')
    .addColumn('event_on', k.date)
    .addColumn('published_on', k.date)
    .addColumn('views', 'integer', (c) => c.notNull())
    .addColumn('participants', 'integer')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pufa_contents_published_idx')
    .on('pufa_contents')
    .columns(['org_id', 'published_on'])
    .execute();
  await db.schema
    .createTable('pufa_duty_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('laws', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('activities', 'text', (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pufa_village_leaders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('trained_on', k.date)
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pufa_village_leaders_org_idx')
    .on('pufa_village_leaders')
    .column('org_id')
    .execute();
}
