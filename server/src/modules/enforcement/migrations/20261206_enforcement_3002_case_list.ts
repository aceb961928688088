import type { Kysely } from 'kysely';

/**
 * The case list reads newest 线索 first: with this index a page is read in order instead of sorting
 * every case of the town (a county's million cases took seconds a page).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('enforcement_cases_clue_idx')
    .on('enforcement_cases')
    .columns(['clue_on desc', 'id desc'])
    .execute();
}
