import type { Kysely } from 'kysely';

/**
 * The 备案 of an on-the-spot decision (行政处罚法 第五十二条第三款) as a clock row owned by the case
 * (case-clocks.ts), opened by 当场作出处罚决定 and stopped by 备案. Cases decided on the spot before this
 * migration keep their displayed due day (reportDue) and get no clock row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('enforcement_cases').addColumn('report_clock_id', 'text').execute();
}
