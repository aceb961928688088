import { today, type Deps } from '../../../core/deps.js';
import { notFound, ruleViolation } from '../../../core/errors.js';
import { findOrgByCode } from '../../orgs/orgs.public.js';
import type { PufaQuizzesTable } from '../pufa.tables.js';

// tenancy: the portal serves the portal town's quizzes only, without an actor

/** The town whose portal this deployment serves. */
export async function portalTownId(deps: Deps): Promise<string> {
  const town = await findOrgByCode(deps.db.kysely, deps.config.portalTownCode);
  if (!town) throw notFound('本平台尚未设置门户所属乡镇');
  return town.id;
}

/** A quiz of the portal town, whatever its state (404 for another town's, or none). */
export async function portalQuiz(deps: Deps, id: string): Promise<PufaQuizzesTable> {
  const townId = await portalTownId(deps);
  const quiz = await deps.db.kysely
    .selectFrom('pufaQuizzes')
    .selectAll()
    .where('id', '=', id)
    .where('orgId', '=', townId)
    .where('status', '!=', 'draft')
    .executeTakeFirst();
  if (!quiz) throw notFound('竞赛不存在');
  return quiz;
}

/** A quiz of the portal town that takes answers today (open, and today within its dates). */
export async function openPortalQuiz(deps: Deps, id: string): Promise<PufaQuizzesTable> {
  const quiz = await portalQuiz(deps, id);
  const day = today(deps);
  if (quiz.status !== 'open' || day < quiz.opensOn || day > quiz.closesOn)
    throw ruleViolation(
      `竞赛答题时间为 ${quiz.opensOn} 至 ${quiz.closesOn}，当前不在答题时间内`,
      'QUIZ_NOT_OPEN',
    );
  return quiz;
}
