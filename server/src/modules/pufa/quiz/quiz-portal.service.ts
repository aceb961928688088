import { today, type Deps } from '../../../core/deps.js';
import { maskName, topOf } from './leaderboard.service.js';
import { portalQuiz, portalTownId } from './portal-quiz.js';
import { presentQuiz, quizFigures } from './quiz.service.js';

// tenancy: the portal lists the portal town's quizzes only

/** Quizzes of the portal town that have opened (answering now or over, with their leaderboards). */
export async function publicQuizzes(deps: Deps) {
  const townId = await portalTownId(deps);
  const rows = await deps.db.kysely
    .selectFrom('pufaQuizzes')
    .selectAll()
    .where('orgId', '=', townId)
    .where('status', '!=', 'draft')
    .orderBy('opensOn', 'desc')
    .limit(50)
    .execute();
  const day = today(deps);
  return {
    items: rows.map((r) => ({
      ...presentQuiz(r),
      answeringNow: r.status === 'open' && day >= r.opensOn && day <= r.closesOn,
    })),
  };
}

/** One quiz's rules, participation and the top ten (names masked). */
export async function publicQuiz(deps: Deps, id: string) {
  const quiz = await portalQuiz(deps, id);
  const q = deps.db.kysely;
  const [figures, top] = await Promise.all([quizFigures(q, quiz), topOf(q, quiz.id, 10)]);
  const day = today(deps);
  return {
    ...presentQuiz(quiz),
    answeringNow: quiz.status === 'open' && day >= quiz.opensOn && day <= quiz.closesOn,
    participants: figures.participants,
    participationRate: figures.participationRate,
    leaderboard: top.map((r) => ({
      rank: r.rank,
      name: maskName(r.name),
      unit: r.unit,
      score: r.score,
      durationSeconds: r.durationSeconds,
    })),
  };
}
