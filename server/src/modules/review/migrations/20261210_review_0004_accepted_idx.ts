import type { Kysely } from 'kysely';

/**
 * The cockpit's monthly trend counts a town's items by 受理日期 within the year, through the town's orgs:
 * an index on (org_id, accepted_on) finds them without reading every item of those orgs.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('review_items_org_accepted_idx')
    .on('review_items')
    .columns(['org_id', 'accepted_on'])
    .execute();
}
