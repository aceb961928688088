import type { Kysely } from 'kysely';

/**
 * The town's default judgement of 具有一定社会影响 (行政处罚法 第四十八条第一款) for general-procedure and
 * on-the-spot decisions, which the decide forms start from (null keeps the defaults: 是 / 否).
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['publishable_general', 'publishable_simple'])
    await db.schema.alterTable('enforcement_settings').addColumn(column, 'integer').execute();
}
