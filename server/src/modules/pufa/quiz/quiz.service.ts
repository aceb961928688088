import type { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { conflict, ruleViolation } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/level.js';
import type { PufaQuizzesTable } from '../pufa.tables.js';
import { QUIZ_STATES, type QuizState } from '../pufa.vocabulary.js';
import { takerCount } from './leaderboard.service.js';
import { participation } from './participation.js';
import type { quizBody } from './quiz.schema.js';

// tenancy: reads start from scoped(); poolSize and quizFigures read child rows of a quiz loaded through scoped()

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

/** Active questions of the town's bank in a topic: what a quiz can draw from. */
async function poolSize(q: Q, orgId: string, topic: string): Promise<number> {
  const r = await q
    .selectFrom('pufaQuestions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('orgId', '=', orgId)
    .where('topic', '=', topic)
    .where('retired', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

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

const MOVES: Record<'open' | 'close', { from: QuizState; to: QuizState; verb: string }> = {
  open: { from: 'draft', to: 'open', verb: 'opened' },
  close: { from: 'open', to: 'closed', verb: 'closed' },
};

/**
 * Opens a quiz for answers (only when the bank holds enough questions of its topic for one draw) or
 * ends it. A quiz never reopens: its leaderboard is final.
 */
export async function moveQuiz(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  move: 'open' | 'close',
) {
  const actor = authorize(ctx, 'pufa.manage');
  const q = deps.db.kysely;
  const quiz = await scoped(q, actor).getById('pufaQuizzes', id);
  assertTownStaff(actor, `pufa.quiz.${move}`);
  const { from, to, verb } = MOVES[move];
  if (quiz.status !== from)
    throw conflict(`竞赛当前为“${QUIZ_STATES[quiz.status]}”，不能执行此操作`, 'INVALID_STATE');
  if (move === 'open') {
    const size = await poolSize(q, quiz.orgId, quiz.topic);
    if (size < quiz.questionCount)
      throw ruleViolation(
        `题库“${quiz.topic}”专题只有 ${size} 道有效题目，少于每次抽题数 ${quiz.questionCount}`,
        'QUIZ_POOL_SHORT',
        { poolSize: size },
      );
  }
  const updatedAt = deps.time.now().toISOString();
  await mutation(deps, ctx, async (m) => {
    const res = await m.trx
      .updateTable('pufaQuizzes')
      .set({ status: to, updatedAt })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    if (!Number(res.numUpdatedRows)) throw conflict('竞赛状态已变化，请刷新', 'INVALID_STATE');
    await m.audit({
      action: `pufa.quiz.${verb}`,
      orgId: quiz.orgId,
      targetType: 'pufa_quiz',
      targetId: id,
      changes: { status: { before: QUIZ_STATES[from], after: QUIZ_STATES[to] } },
    });
  });
  return getQuiz(deps, ctx, id);
}

export async function getQuiz(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'pufa.read');
  const q = deps.db.kysely;
  const quiz = await scoped(q, actor).getById('pufaQuizzes', id);
  const [figures, pool] = await Promise.all([
    quizFigures(q, quiz),
    poolSize(q, quiz.orgId, quiz.topic),
  ]);
  return { ...presentQuiz(quiz), poolSize: pool, ...figures };
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
