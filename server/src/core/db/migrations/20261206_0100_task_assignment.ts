import type { Kysely } from 'kysely';

/**
 * 分派: a task given to a role's pool can be handed to one named holder of that role. The role it came
 * from is kept, so it can be handed on again (改派) or put back in the pool (退回岗位).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('tasks').addColumn('pool_role', 'text').execute();
}
