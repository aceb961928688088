import type { Kysely } from 'kysely';

/**
 * The town a person above the town level last chose in the header (查看乡镇), kept with the person so
 * every browser and every per-town page opens on it. Null until they choose; town and village staff
 * never have one (their own town is fixed).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('chosen_town_id', 'text', (c) => c.references('orgs.id'))
    .execute();
}
