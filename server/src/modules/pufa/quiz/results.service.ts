import type { FastifyReply } from 'fastify';
import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { sendTracedXlsx } from '../../../core/documents/export-trace.js';
import { inPages } from '../../../core/documents/row-pages.js';
import { offsetOf } from '../../../core/http/paging.js';
import { ATTEMPT_STATES, type AttemptState } from '../pufa.vocabulary.js';
import { maskName, topOf } from './leaderboard.service.js';

// tenancy: the quiz is loaded through scoped(); its attempts are its child rows

/** Staff of the town read names in full; staff above the town read them masked (个人信息保护). */
const nameFor = (actor: Actor, name: string) => (actor.townId === null ? maskName(name) : name);

function attemptsOf(q: Q, quizId: string) {
  return q
    .selectFrom('pufaQuizAttempts')
    .select([
      'id',
      'name',
      'phoneMasked',
      'unit',
      'status',
      'startedAt',
      'submittedAt',
      'durationMs',
      'score',
      'correctCount',
    ])
    .where('quizId', '=', quizId)
    .orderBy('score', 'desc')
    .orderBy('durationMs', 'asc')
    .orderBy('id', 'asc');
}

type AttemptRow = Awaited<ReturnType<ReturnType<typeof attemptsOf>['execute']>>[number];

const presentAttempt = (actor: Actor) => (r: AttemptRow) => ({
  ...r,
  name: nameFor(actor, r.name),
  statusLabel: ATTEMPT_STATES[r.status as AttemptState],
  durationSeconds: r.durationMs === null ? null : r.durationMs / 1000,
});

/** Every attempt of a quiz, best first (答题结果). */
export async function quizResults(
  deps: Deps,
  ctx: RequestContext,
  quizId: string,
  p: { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'pufa.read');
  const q = deps.db.kysely;
  const quiz = await scoped(q, actor).getById('pufaQuizzes', quizId);
  const [rows, total] = await Promise.all([
    attemptsOf(q, quiz.id).limit(p.pageSize).offset(offsetOf(p)).execute(),
    q
      .selectFrom('pufaQuizAttempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('quizId', '=', quiz.id)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(presentAttempt(actor)),
    total: Number(total.n),
    page: p.page,
    pageSize: p.pageSize,
  };
}

/** The leaderboard for staff: each taker's best, score then time. */
export async function quizLeaderboard(
  deps: Deps,
  ctx: RequestContext,
  quizId: string,
  limit: number,
) {
  const actor = authorize(ctx, 'pufa.read');
  const q = deps.db.kysely;
  const quiz = await scoped(q, actor).getById('pufaQuizzes', quizId);
  const top = await topOf(q, quiz.id, limit);
  return { items: top.map((r) => ({ ...r, name: nameFor(actor, r.name) })) };
}

/** 答题结果 as XLSX: names and masked phones of every attempt (traced: it holds personal data). */
export async function exportResults(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  quizId: string,
) {
  const actor = authorize(ctx, 'pufa.results.export');
  const q = deps.db.kysely;
  const quiz = await scoped(q, actor).getById('pufaQuizzes', quizId);
  const present = presentAttempt(actor);
  return sendTracedXlsx(
    deps,
    ctx,
    reply,
    {
      filename: `${quiz.title}答题结果-${today(deps)}.xlsx`,
      sheetName: '答题结果',
      columns: [
        { header: '姓名', key: 'name', width: 12 },
        { header: '手机号', key: 'phoneMasked', width: 16 },
        { header: '村（社区）或单位', key: 'unit', width: 20 },
        { header: '状态', key: 'statusLabel', width: 10 },
        { header: '得分', key: 'score', width: 8 },
        { header: '答对题数', key: 'correctCount', width: 10 },
        { header: '用时（秒）', key: 'durationSeconds', width: 10 },
        { header: '交卷时间', key: 'submittedAt', width: 24 },
      ],
      rows: inPages(async (offset, limit) =>
        (await attemptsOf(q, quiz.id).limit(limit).offset(offset).execute()).map(present),
      ),
    },
    { action: 'pufa.quiz.results_exported', what: `${quiz.title}答题结果`, filter: { quizId } },
  );
}
