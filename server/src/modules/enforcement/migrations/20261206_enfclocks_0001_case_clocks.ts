import type { Kysely } from 'kysely';

/**
 * A general-procedure case's statutory periods as rows of the calendar's clocks (case-clocks.ts): the
 * decision (行政处罚法 第六十条), the 送达 (第六十一条), the 公开 (第四十八条) and the payment (第六十七条).
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of [
    'decision_clock_id',
    'service_clock_id',
    'publication_clock_id',
    'payment_clock_id',
  ])
    await db.schema.alterTable('enforcement_cases').addColumn(column, 'text').execute();
}
