import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 知识竞赛: the question bank, quizzes, attempts (with their server-side draw) and each taker's best. */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('pufa_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('stem', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('retired', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  // A quiz draws from the town's active questions of its topic.
  await db.schema
    .createIndex('pufa_questions_topic_idx')
    .on('pufa_questions')
    .columns(['org_id', 'topic', 'retired'])
    .execute();
  await db.schema
    .createTable('pufa_quizzes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('question_count', 'integer', (c) => c.notNull())
    .addColumn('points_per_question', 'integer', (c) => c.notNull())
    .addColumn('time_limit_seconds', 'integer', (c) => c.notNull())
    .addColumn('attempts_per_day', 'integer', (c) => c.notNull())
    .addColumn('sms_required', 'integer', (c) => c.notNull())
    .addColumn('target_population', 'integer', (c) => c.notNull())
    .addColumn('target_label', 'text', (c) => c.notNull())
    .addColumn('opens_on', k.date, (c) => c.notNull())
    .addColumn('closes_on', k.date, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pufa_quiz_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('quiz_id', 'text', (c) => c.notNull().references('pufa_quizzes.id'))
    .addColumn('participant_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone_enc', 'text', (c) => c.notNull())
    .addColumn('phone_masked', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('day', k.date, (c) => c.notNull())
    .addColumn('day_seq', 'integer', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('draw', 'text', (c) => c.notNull())
    .addColumn('answers', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', k.instant, (c) => c.notNull())
    .addColumn('deadline_at', k.instant, (c) => c.notNull())
    .addColumn('submitted_at', k.instant)
    .addColumn('duration_ms', 'integer')
    .addColumn('score', 'integer')
    .addColumn('correct_count', 'integer')
    .execute();
  // The attempts-per-day cap: two parallel starts cannot both take the same slot of the day.
  await db.schema
    .createIndex('pufa_quiz_attempts_day_uq')
    .on('pufa_quiz_attempts')
    .columns(['quiz_id', 'participant_key', 'day', 'day_seq'])
    .unique()
    .execute();
  // Results list and export: a quiz's attempts, best first.
  await db.schema
    .createIndex('pufa_quiz_attempts_results_idx')
    .on('pufa_quiz_attempts')
    .columns(['quiz_id', 'score desc', 'duration_ms'])
    .execute();
  await db.schema
    .createTable('pufa_quiz_bests')
    .addColumn('quiz_id', 'text', (c) => c.notNull().references('pufa_quizzes.id'))
    .addColumn('participant_key', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('attempt_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('phone_masked', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('submitted_at', k.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('pufa_quiz_bests_pk', ['quiz_id', 'participant_key'])
    .execute();
  // The leaderboard: score, then time, then who finished first — read straight off this index.
  await db.schema
    .createIndex('pufa_quiz_bests_rank_idx')
    .on('pufa_quiz_bests')
    .columns(['quiz_id', 'score desc', 'duration_ms', 'submitted_at'])
    .execute();
}
