import { sql, type OnConflictBuilder, type OnConflictUpdateBuilder } from 'kysely';
import { jsonArrayFrom as pgJsonArrayFrom } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArrayFrom } from 'kysely/helpers/sqlite';
import { isPostgres, type Q, type Trx } from '../../../core/db/database.js';
import type { Database } from '../../../core/db/schema.js';

// tenancy: the portal's taker holds the attempt's token; the attempt names its own town

/** A drawn question's bank row as the hand-in needs it: the key to score, the rest to review. */
interface PaperQuestion {
  id: string;
  stem: string;
  /** JSON: the right bank indexes. */
  answer: string;
  explanation: string;
  basis: string;
}

/**
 * An attempt with what its hand-in needs, in one statement: the attempt, its quiz's scoring and the
 * bank rows of its draw (questions are never edited, so they are what was asked). Undefined when no
 * attempt has the id.
 */
export async function loadPaper(q: Q, attemptId: string) {
  const pg = isPostgres(q);
  const draw = sql.ref('pufaQuizAttempts.draw');
  // The draw is JSON text on both databases; its question ids are unpacked in SQL, per dialect.
  const drawnIds = pg
    ? sql<string>`(select d->>'q' from jsonb_array_elements(${draw}::jsonb) d)`
    : sql<string>`(select json_extract(value, '$.q') from json_each(${draw}))`;
  const jsonArrayFrom = pg ? pgJsonArrayFrom : sqliteJsonArrayFrom;
  const row = await q
    .selectFrom('pufaQuizAttempts')
    .innerJoin('pufaQuizzes', 'pufaQuizzes.id', 'pufaQuizAttempts.quizId')
    .select((eb) => [
      'pufaQuizAttempts.id',
      'pufaQuizAttempts.orgId',
      'pufaQuizAttempts.quizId',
      'pufaQuizAttempts.participantKey',
      'pufaQuizAttempts.name',
      'pufaQuizAttempts.unit',
      'pufaQuizAttempts.phoneMasked',
      'pufaQuizAttempts.tokenHash',
      'pufaQuizAttempts.draw',
      'pufaQuizAttempts.status',
      'pufaQuizAttempts.startedAt',
      'pufaQuizAttempts.deadlineAt',
      'pufaQuizzes.pointsPerQuestion',
      'pufaQuizzes.questionCount',
      jsonArrayFrom(
        eb
          .selectFrom('pufaQuestions')
          .select(['id', 'stem', 'answer', 'explanation', 'basis'])
          .where('pufaQuestions.id', 'in', drawnIds),
      ).as('questions'),
    ])
    .where('pufaQuizAttempts.id', '=', attemptId)
    .executeTakeFirst();
  if (!row) return undefined;
  // PostgreSQL hands json back parsed, SQLite as text.
  const questions = (
    typeof row.questions === 'string' ? JSON.parse(row.questions) : row.questions
  ) as PaperQuestion[];
  return { ...row, questions: new Map(questions.map((b) => [b.id, b])) };
}

interface HandIn {
  attemptId: string;
  /** The chosen bank indexes per drawn question, as JSON. */
  answers: string;
  submittedAt: string;
  durationMs: number;
  score: number;
  correctCount: number;
}

/**
 * Closes a started attempt with its score and keeps it as the taker's best when it is one; false when
 * the attempt was no longer `started` (handed in or expired meanwhile), and then nothing is written.
 * PostgreSQL: one statement (one round trip), the best written from the row the update returns.
 */
export async function recordHandIn(trx: Trx, h: HandIn): Promise<boolean> {
  const score = { score: h.score, durationMs: h.durationMs, submittedAt: h.submittedAt };
  const closing = trx
    .updateTable('pufaQuizAttempts')
    .set({ ...score, status: 'submitted', answers: h.answers, correctCount: h.correctCount })
    .where('id', '=', h.attemptId)
    .where('status', '=', 'started')
    .returning([...TAKER, 'id as attemptId', 'score', 'durationMs', 'submittedAt']);
  if (isPostgres(trx)) {
    const best = [...TAKER, 'attemptId', 'score', 'durationMs', 'submittedAt'] as const;
    const rows = await trx
      .with('handed', () => closing)
      .with('best', (db) =>
        db
          .insertInto('pufaQuizBests')
          .columns(best)
          .expression(db.selectFrom('handed').select(best))
          .onConflict(keepBest),
      )
      .selectFrom('handed')
      .select('attemptId')
      .execute();
    return rows.length === 1;
  }
  const taker = await closing.executeTakeFirst();
  if (!taker) return false;
  await trx
    .insertInto('pufaQuizBests')
    .values({ ...taker, ...score })
    .onConflict(keepBest)
    .execute();
  return true;
}

/** Who handed in, as the attempt holds it: the taker's line on the leaderboard. */
const TAKER = ['quizId', 'participantKey', 'orgId', 'name', 'unit', 'phoneMasked'] as const;

/**
 * One best per taker and quiz: a new hand-in replaces it only with a higher score, or the same score in
 * a shorter time (the leaderboard's order: score, then time).
 */
const keepBest = (
  oc: OnConflictBuilder<Database, 'pufaQuizBests'>,
): OnConflictUpdateBuilder<Database, 'pufaQuizBests'> =>
  oc
    .columns(['quizId', 'participantKey'])
    .doUpdateSet((eb) => ({
      attemptId: eb.ref('excluded.attemptId'),
      name: eb.ref('excluded.name'),
      unit: eb.ref('excluded.unit'),
      score: eb.ref('excluded.score'),
      durationMs: eb.ref('excluded.durationMs'),
      submittedAt: eb.ref('excluded.submittedAt'),
    }))
    .where((eb) =>
      eb.or([
        eb('excluded.score', '>', eb.ref('pufaQuizBests.score')),
        eb.and([
          eb('excluded.score', '=', eb.ref('pufaQuizBests.score')),
          eb('excluded.durationMs', '<', eb.ref('pufaQuizBests.durationMs')),
        ]),
      ]),
    );
