import { today, type Deps } from '../../../core/deps.js';
import { maskName, takerCount, topOf } from './leaderboard.service.js';
import { participation } from './participation.js';
import { portalQuiz, portalTownId } from './portal-quiz.js';
import { presentQuiz } from './quiz.service.js';

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

/**
 * One quiz's rules, participation and the top ten (names masked): two reads off the leaderboard's
 * index, so the page costs the same with a hundred attempts or a hundred thousand.
 */
export async function publicQuiz(deps: Deps, id: string) {
  const quiz = await portalQuiz(deps, id);
  const q = deps.db.kysely;
  const [takers, top] = await Promise.all([takerCount(q, quiz.id), topOf(q, quiz.id, 10)]);
  const figures = participation(takers, quiz.targetPopulation, quiz.targetLabel);
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
