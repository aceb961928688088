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

/**
 * A taker's place: one plus the takers ahead (higher score, or equal and faster, or equal and earlier),
 * counted in one statement against the taker's own best; null when the taker has none.
 */
export async function rankOf(q: Q, quizId: string, participantKey: string): Promise<number | null> {
  const row = await q
    .selectFrom('pufaQuizBests as me')
    .select((eb) =>
      eb
        .selectFrom('pufaQuizBests as b')
        .select((c) => c.fn.countAll<number>().as('n'))
        .where('b.quizId', '=', quizId)
        .where((c) =>
          c.or([
            c('b.score', '>', c.ref('me.score')),
            c.and([
              c('b.score', '=', c.ref('me.score')),
              c('b.durationMs', '<', c.ref('me.durationMs')),
            ]),
            c.and([
              c('b.score', '=', c.ref('me.score')),
              c('b.durationMs', '=', c.ref('me.durationMs')),
              c('b.submittedAt', '<', c.ref('me.submittedAt')),
            ]),
          ]),
        )
        .as('ahead'),
    )
    .where('me.quizId', '=', quizId)
    .where('me.participantKey', '=', participantKey)
    .executeTakeFirst();
  return row ? Number(row.ahead) + 1 : null;
}
