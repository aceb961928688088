import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 重大行政决策: the yearly catalogue and its changes, the decisions, drafts by article and comments. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('decision_catalogues')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approved_on', k.date)
    .addColumn('approved_by', 'text')
    .addColumn('published_on', k.date)
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .addUniqueConstraint('decision_catalogues_year_uq', ['org_id', 'year'])
    .execute();
  await db.schema
    .createTable('decision_catalogue_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('catalogue_id', 'text', (c) => c.notNull().references('decision_catalogues.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('decision_body', 'text', (c) => c.notNull())
    .addColumn('lead_office', 'text', (c) => c.notNull())
    .addColumn('partners', 'text')
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('procedures', 'text', (c) => c.notNull())
    .addColumn('planned_by', k.date, (c) => c.notNull())
    .addColumn('affects_market', 'integer', (c) => c.notNull())
    .addColumn('withdrawn', 'integer', (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_catalogue_entries_cat_idx')
    .on('decision_catalogue_entries')
    .columns(['catalogue_id', 'seq'])
    .execute();
  await db.schema
    .createTable('decision_catalogue_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('catalogue_id', 'text', (c) => c.notNull().references('decision_catalogues.id'))
    .addColumn('entry_id', 'text', (c) => c.notNull().references('decision_catalogue_entries.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('changed_on', k.date, (c) => c.notNull())
    .addColumn('changed_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_catalogue_changes_cat_idx')
    .on('decision_catalogue_changes')
    .columns(['catalogue_id', 'changed_on'])
    .execute();
  await db.schema
    .createTable('decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('entry_id', 'text', (c) => c.notNull().references('decision_catalogue_entries.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('affects_market', 'integer', (c) => c.notNull())
    .addColumn('risk_required', 'integer', (c) => c.notNull())
    .addColumn('proposed_on', k.date, (c) => c.notNull())
    .addColumn('launched_on', k.date)
    .addColumn('lead_office', 'text')
    .addColumn('participation_withheld', 'integer', (c) => c.notNull())
    .addColumn('withheld_reason', 'text')
    .addColumn('comment_opens_on', k.date)
    .addColumn('comment_closes_on', k.date)
    .addColumn('short_period_reason', 'text')
    .addColumn('comment_closed_on', k.date)
    .addColumn('expert_summary', 'text')
    .addColumn('risk_level', 'text')
    .addColumn('risk_report', 'text')
    .addColumn('fcr_conclusion', 'text')
    .addColumn('fcr_note', 'text')
    .addColumn('review_item_id', 'text')
    .addColumn('party_reported_on', k.date)
    .addColumn('meeting_name', 'text')
    .addColumn('meeting_on', k.date)
    .addColumn('meeting_record', 'text')
    .addColumn('departure_reason', 'text')
    .addColumn('dissent', 'text')
    .addColumn('decided_on', k.date)
    .addColumn('decision_text', 'text')
    .addColumn('published_on', k.date)
    .addColumn('publication_note', 'text')
    .addColumn('implementing_unit', 'text')
    .addColumn('evaluation_note', 'text')
    .addColumn('changed_on', k.date)
    .addColumn('change_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  // The list filters by town and state; the statistics by the day of the decision.
  await db.schema
    .createIndex('decisions_org_idx')
    .on('decisions')
    .columns(['org_id', 'decided_on'])
    .execute();
  await db.schema
    .createTable('decision_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text')
    .addColumn('created_on', k.date, (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addUniqueConstraint('decision_drafts_version_uq', ['decision_id', 'version'])
    .execute();
  await db.schema
    .createTable('decision_draft_articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('draft_id', 'text', (c) => c.notNull().references('decision_drafts.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('heading', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_draft_articles_draft_idx')
    .on('decision_draft_articles')
    .columns(['draft_id', 'seq'])
    .execute();
  await db.schema
    .createTable('decision_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id'))
    .addColumn('draft_id', 'text', (c) => c.notNull().references('decision_drafts.id'))
    .addColumn('article_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('phone_enc', 'text')
    .addColumn('submitted_at', k.instant, (c) => c.notNull())
    .addColumn('moderation', 'text', (c) => c.notNull())
    .addColumn('moderated_by', 'text')
    .addColumn('adoption', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_at', k.instant)
    .execute();
  // The summary groups one draft's comments by article and answer.
  await db.schema
    .createIndex('decision_comments_decision_idx')
    .on('decision_comments')
    .columns(['decision_id', 'moderation', 'article_id'])
    .execute();
}
