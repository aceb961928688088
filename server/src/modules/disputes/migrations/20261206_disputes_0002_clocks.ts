import type { Kysely } from 'kysely';

/** Each dispute's clocks as rows of the calendar's clocks (信访 受理告知, 调解/办理, 司法确认). */
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['acceptance_clock_id', 'mediation_clock_id', 'confirmation_clock_id'])
    await db.schema.alterTable('disputes').addColumn(column, 'text').execute();
}
