import type { Q } from '../../../core/db/database.js';

// tenancy: callers pass a quiz they loaded through scoped() or the portal town's (portal-quiz.ts)

/** 张** : the portal shows takers' names masked. */
export const maskName = (name: string) =>
  `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`;

/**
 * The top of a quiz's leaderboard: each taker's best, by score, then answering time, then who handed
 * in first — read straight off `pufa_quiz_bests_rank_idx`, whatever the number of attempts.
 */
export async function topOf(q: Q, quizId: string, limit: number) {
  const rows = await q
    .selectFrom('pufaQuizBests')
    .select(['name', 'unit', 'phoneMasked', 'score', 'durationMs', 'submittedAt'])
    .where('quizId', '=', quizId)
    .orderBy('score', 'desc')
    .orderBy('durationMs', 'asc')
    .orderBy('submittedAt', 'asc')
    .limit(limit)
    .execute();
  return rows.map((r, i) => ({ rank: i + 1, ...r, durationSeconds: r.durationMs / 1000 }));
}

/** How many takers handed in (one best each), counted off the leaderboard's index. */
export async function takerCount(q: Q, quizId: string): Promise<number> {
  const r = await q
    .selectFrom('pufaQuizBests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('quizId', '=', quizId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A taker's place: one plus the takers ahead (higher score, or equal and faster, or equal and earlier). */
export async function rankOf(q: Q, quizId: string, participantKey: string): Promise<number | null> {
  const mine = await q
    .selectFrom('pufaQuizBests')
    .select(['score', 'durationMs', 'submittedAt'])
    .where('quizId', '=', quizId)
    .where('participantKey', '=', participantKey)
    .executeTakeFirst();
  if (!mine) return null;
  const ahead = await q
    .selectFrom('pufaQuizBests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('quizId', '=', quizId)
    .where((eb) =>
      eb.or([
        eb('score', '>', mine.score),
        eb.and([eb('score', '=', mine.score), eb('durationMs', '<', mine.durationMs)]),
        eb.and([
          eb('score', '=', mine.score),
          eb('durationMs', '=', mine.durationMs),
          eb('submittedAt', '<', mine.submittedAt),
        ]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(ahead.n) + 1;
}
