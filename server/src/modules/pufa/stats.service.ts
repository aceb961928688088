import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { pageTown } from '../orgs/orgs.public.js';
import { quizFigures } from './quiz/quiz.service.js';

// tenancy: quizzes are read through scoped(); their figures are child rows

/**
 * A year's 普法 figures of a town, counted from the records: the quizzes that opened in the year, each
 * with its handed-in attempts, distinct takers and participation rate (takers ÷ target population),
 * and the year's totals.
 */
export async function pufaStats(
  deps: Deps,
  ctx: RequestContext,
  f: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'pufa.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, f.orgId, '普法统计按乡镇编制');
  const quizzes = await scoped(q, actor)
    .selectFrom('pufaQuizzes')
    .selectAll()
    .where('orgId', '=', town.id)
    .where('status', '!=', 'draft')
    .where('opensOn', '>=', `${f.year}-01-01`)
    .where('opensOn', '<=', `${f.year}-12-31`)
    .orderBy('opensOn')
    .execute();
  const items = await Promise.all(
    quizzes.map(async (z) => ({
      id: z.id,
      title: z.title,
      opensOn: z.opensOn,
      closesOn: z.closesOn,
      ...(await quizFigures(q, z)),
    })),
  );
  return {
    year: f.year,
    town: town.name,
    quizzes: {
      count: items.length,
      attempts: items.reduce((n, i) => n + i.attempts, 0),
      participants: items.reduce((n, i) => n + i.participants, 0),
      items,
    },
  };
}
