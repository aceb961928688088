import type { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { sm3Hex } from '../../../core/crypto/sm.js';
import type { Deps } from '../../../core/deps.js';
import { conflict, notFound, ruleViolation } from '../../../core/errors.js';
import { mutation } from '../../../core/mutation.js';
import type { DrawnQuestion } from './draw.js';
import { loadPaper, recordHandIn } from './hand-in.repository.js';
import { rankOf } from './leaderboard.service.js';
import type { submitBody } from './quiz.schema.js';
import { scoreAttempt } from './scoring.js';
import { handInTiming } from './time-limit.js';

// tenancy: the portal's taker holds the attempt's token; the attempt names its own town

const gone = () => notFound('答卷不存在或凭证有误');

/**
 * Hands a paper in: scored against the draw stored at the start (positions as shown, mapped back),
 * timed by the server, once only; the taker's best attempt of the quiz is kept for the leaderboard
 * (higher score, then shorter time). Answers the score, the rank and each question's explanation.
 */
export async function submitAttempt(
  deps: Deps,
  ctx: RequestContext,
  attemptId: string,
  input: z.infer<typeof submitBody>,
) {
  const q = deps.db.kysely;
  const attempt = await loadPaper(q, attemptId);
  if (!attempt || attempt.tokenHash !== sm3Hex(input.token)) throw gone();
  if (attempt.status !== 'started') throw conflict('该答卷已交卷，不能重复提交', 'ATTEMPT_CLOSED');
  const now = deps.time.now();
  const timing = handInTiming(attempt.startedAt, attempt.deadlineAt, now);
  if (!timing.inTime) {
    await mutation(
      deps,
      ctx,
      async (m) => {
        await m.trx
          .updateTable('pufaQuizAttempts')
          .set({ status: 'expired' })
          .where('id', '=', attempt.id)
          .where('status', '=', 'started')
          .execute();
        await m.audit({
          action: 'pufa.attempt.expired',
          orgId: attempt.orgId,
          targetType: 'pufa_attempt',
          targetId: attempt.id,
        });
      },
      { town: attempt.orgId },
    );
    throw ruleViolation('已超过答题时间，本次答卷不计成绩', 'QUIZ_TIME_UP');
  }
  const draw = JSON.parse(attempt.draw) as DrawnQuestion[];
  const bank = attempt.questions;
  const key = new Map([...bank].map(([id, b]) => [id, JSON.parse(b.answer) as number[]]));
  const result = scoreAttempt(draw, input.answers, key, attempt.pointsPerQuestion);
  await mutation(
    deps,
    ctx,
    async (m) => {
      const closed = await recordHandIn(m.trx, {
        attemptId: attempt.id,
        answers: JSON.stringify(result.marks.map((x) => x.chosen)),
        submittedAt: now.toISOString(),
        durationMs: timing.durationMs,
        score: result.score,
        correctCount: result.correctCount,
      });
      // A second press (or one racing this) finds the attempt no longer started: scored once only.
      if (!closed) throw conflict('该答卷已交卷，不能重复提交', 'ATTEMPT_CLOSED');
      await m.audit({
        action: 'pufa.attempt.submitted',
        orgId: attempt.orgId,
        targetType: 'pufa_attempt',
        targetId: attempt.id,
        meta: { quizId: attempt.quizId, score: result.score },
      });
    },
    { town: attempt.orgId },
  );
  return {
    score: result.score,
    fullScore: attempt.questionCount * attempt.pointsPerQuestion,
    correctCount: result.correctCount,
    questionCount: draw.length,
    durationSeconds: Math.round(timing.durationMs / 100) / 10,
    rank: await rankOf(q, attempt.quizId, attempt.participantKey),
    review: draw.map((d, i) => {
      const b = bank.get(d.q)!;
      const right = new Set(key.get(d.q));
      return {
        stem: b.stem,
        chosen: input.answers[i] ?? [],
        rightPositions: d.o.flatMap((bankIndex, pos) => (right.has(bankIndex) ? [pos] : [])),
        right: result.marks[i]!.right,
        explanation: b.explanation,
        basis: b.basis,
      };
    }),
  };
}
