import type { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/level.js';
import type { PufaQuizzesTable } from '../pufa.tables.js';
import { QUIZ_STATES } from '../pufa.vocabulary.js';
import { takerCount } from './leaderboard.service.js';
import { participation } from './participation.js';
import { poolSize, quizAbilities, quizStep } from './quiz.step.js';
import type { quizBody } from './quiz.schema.js';

// tenancy: reads start from scoped(); poolSize and quizFigures read child rows of a quiz loaded through scoped();
// open and close load the quiz through the kernel's scoped() (quiz.step.ts)

export const presentQuiz = (r: PufaQuizzesTable) => ({
  id: r.id,
  title: r.title,
  intro: r.intro,
  topic: r.topic,
  questionCount: r.questionCount,
  pointsPerQuestion: r.pointsPerQuestion,
  fullScore: r.questionCount * r.pointsPerQuestion,
  timeLimitSeconds: r.timeLimitSeconds,
  attemptsPerDay: r.attemptsPerDay,
  smsRequired: r.smsRequired === 1,
  targetPopulation: r.targetPopulation,
  targetLabel: r.targetLabel,
  opensOn: r.opensOn,
  closesOn: r.closesOn,
  status: r.status,
  statusLabel: QUIZ_STATES[r.status],
});

/** Handed-in attempts and distinct takers of a quiz, with the participation rate. */
export async function quizFigures(q: Q, quiz: PufaQuizzesTable) {
  const [attempts, takers] = await Promise.all([
    q
      .selectFrom('pufaQuizAttempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('quizId', '=', quiz.id)
      .where('status', '=', 'submitted')
      .executeTakeFirstOrThrow(),
    takerCount(q, quiz.id),
  ]);
  return {
    attempts: Number(attempts.n),
    ...participation(takers, quiz.targetPopulation, quiz.targetLabel),
  };
}

/** Sets up a quiz (知识竞赛) of the town, not yet open. */
export async function createQuiz(deps: Deps, ctx: RequestContext, input: z.infer<typeof quizBody>) {
  const actor = authorize(ctx, 'pufa.manage');
  assertTownStaff(actor, 'pufa.quiz.create');
  const at = deps.time.now().toISOString();
  const row: PufaQuizzesTable = {
    id: newId(),
    orgId: actor.townId!,
    ...input,
    smsRequired: input.smsRequired ? 1 : 0,
    status: 'draft',
    createdBy: actor.userId,
    createdAt: at,
    updatedAt: at,
  };
  await mutation(deps, ctx, async (m) => {
    await m.trx.insertInto('pufaQuizzes').values(row).execute();
    await m.audit({
      action: 'pufa.quiz.created',
      orgId: row.orgId,
      targetType: 'pufa_quiz',
      targetId: row.id,
      meta: { title: row.title },
    });
  });
  return presentQuiz(row);
}

/** Opens a quiz for answers (the kernel's guard: the bank holds enough questions for one draw). */
export async function openQuiz(deps: Deps, ctx: RequestContext, id: string) {
  await quizStep(deps, ctx, id, 'open');
  return getQuiz(deps, ctx, id);
}

/** Ends a quiz: it never reopens, its leaderboard is final. */
export async function closeQuiz(deps: Deps, ctx: RequestContext, id: string) {
  await quizStep(deps, ctx, id, 'close');
  return getQuiz(deps, ctx, id);
}

export async function getQuiz(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'pufa.read');
  const q = deps.db.kysely;
  const quiz = await scoped(q, actor).getById('pufaQuizzes', id);
  const [figures, pool, ab] = await Promise.all([
    quizFigures(q, quiz),
    poolSize(q, quiz.orgId, quiz.topic),
    quizAbilities(q, actor, quiz, today(deps)),
  ]);
  return {
    ...presentQuiz(quiz),
    poolSize: pool,
    ...figures,
    abilities: ab.open,
    blocked: ab.blocked,
  };
}

export async function listQuizzes(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, 'pufa.read');
  const q = deps.db.kysely;
  const rows = await scoped(q, actor)
    .selectFrom('pufaQuizzes')
    .selectAll()
    .orderBy('opensOn', 'desc')
    .limit(200)
    .execute();
  return {
    items: await Promise.all(
      rows.map(async (r) => ({ ...presentQuiz(r), ...(await quizFigures(q, r)) })),
    ),
  };
}
