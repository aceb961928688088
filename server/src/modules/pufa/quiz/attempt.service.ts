import type { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { maskPhone } from '../../../core/crypto/mask.js';
import { randomToken, sm3Hex } from '../../../core/crypto/sm.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { ruleViolation, tooManyRequests } from '../../../core/errors.js';
import { takeFloodHit, type FloodRule } from '../../../core/http/flood-control.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { checkVerificationCode, useVerificationCode } from '../../../core/sms/verification-code.js';
import { QUESTION_KINDS, type QuestionKind } from '../pufa.vocabulary.js';
import { drawQuestions, type DrawnQuestion } from './draw.js';
import { openPortalQuiz } from './portal-quiz.js';
import { QUIZ_CODE_PURPOSE } from './quiz-code.service.js';
import type { startBody } from './quiz.schema.js';

// tenancy: the portal's quiz taker has no account; the quiz is the portal town's (openPortalQuiz)

/**
 * Starts from one address: a village answering together shares one address behind the carrier's NAT,
 * so the limit holds back scripts, not a hall full of phones.
 */
const STARTS_PER_ADDRESS: FloodRule = {
  name: 'pufa.quiz.start.ip',
  limit: 600,
  windowMinutes: 10,
  message: '答题请求过于频繁，请稍后再试',
};

const dailyCapReached = (cap: number) =>
  tooManyRequests(`今日答题次数已用完（每人每天 ${cap} 次），请明天再来`, { cap });

const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; message?: string };
  return err.code === '23505' || /UNIQUE constraint failed/i.test(err.message ?? '');
};

interface BankQuestion {
  id: string;
  kind: QuestionKind;
  stem: string;
  options: string;
  answer: string;
  explanation: string;
  basis: string;
}

/** The bank rows of a draw (questions are never edited, so they are what was asked). */
async function drawnQuestions(q: Q, draw: DrawnQuestion[]) {
  const rows = (await q
    .selectFrom('pufaQuestions')
    .select(['id', 'kind', 'stem', 'options', 'answer', 'explanation', 'basis'])
    .where(
      'id',
      'in',
      draw.map((d) => d.q),
    )
    .execute()) as BankQuestion[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** A drawn question as the taker sees it: options in the draw's order, no answer. */
const shown = (d: DrawnQuestion, b: BankQuestion) => {
  const options = JSON.parse(b.options) as string[];
  return {
    kind: b.kind,
    kindLabel: QUESTION_KINDS[b.kind],
    stem: b.stem,
    options: d.o.map((i) => options[i]!),
  };
};

/**
 * Starts an attempt from the portal: the taker's real name, phone and village or unit (and the SMS
 * code when the quiz requires it); at most `attemptsPerDay` a day per phone; questions drawn and options
 * shuffled here and kept with the attempt, so the hand-in is scored against what was shown. Answers the
 * questions and a one-time token that hands the paper in.
 */
export async function startAttempt(
  deps: Deps,
  ctx: RequestContext,
  quizId: string,
  input: z.infer<typeof startBody>,
) {
  const q = deps.db.kysely;
  if (ctx.ip) await takeFloodHit(q, STARTS_PER_ADDRESS, ctx.ip, deps.time.now());
  const quiz = await openPortalQuiz(deps, quizId);
  const participantKey = deps.secrets.blindIndex(input.phone);
  const codeId = quiz.smsRequired
    ? await checkVerificationCode(deps, participantKey, QUIZ_CODE_PURPOSE, input.code)
    : null;
  const pool = await q
    .selectFrom('pufaQuestions')
    .select(['id', 'kind', 'options'])
    .where('orgId', '=', quiz.orgId)
    .where('topic', '=', quiz.topic)
    .where('retired', '=', 0)
    .execute();
  if (pool.length < quiz.questionCount)
    throw ruleViolation('题库题目不足，竞赛暂停答题，请联系镇司法所', 'QUIZ_POOL_SHORT');
  const draw = drawQuestions(
    pool.map((p) => ({
      id: p.id,
      kind: p.kind,
      optionCount: (JSON.parse(p.options) as string[]).length,
    })),
    quiz.questionCount,
  );
  const day = today(deps);
  const token = randomToken(24);
  const id = newId();
  const now = deps.time.now();
  const deadlineAt = new Date(now.getTime() + quiz.timeLimitSeconds * 1000).toISOString();
  const takeSlot = () =>
    mutation(
      deps,
      ctx,
      async (m) => {
        if (codeId) await useVerificationCode(m.trx, codeId, m.now);
        const taken = await m.trx
          .selectFrom('pufaQuizAttempts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('quizId', '=', quiz.id)
          .where('participantKey', '=', participantKey)
          .where('day', '=', day)
          .executeTakeFirstOrThrow();
        if (Number(taken.n) >= quiz.attemptsPerDay) throw dailyCapReached(quiz.attemptsPerDay);
        await m.trx
          .insertInto('pufaQuizAttempts')
          .values({
            id,
            orgId: quiz.orgId,
            quizId: quiz.id,
            participantKey,
            name: input.name,
            phoneEnc: deps.secrets.encrypt(input.phone),
            phoneMasked: maskPhone(input.phone),
            unit: input.unit,
            day,
            daySeq: Number(taken.n) + 1,
            tokenHash: sm3Hex(token),
            draw: JSON.stringify(draw),
            answers: null,
            status: 'started',
            startedAt: now.toISOString(),
            deadlineAt,
            submittedAt: null,
            durationMs: null,
            score: null,
            correctCount: null,
          })
          .execute();
        await m.audit({
          action: 'pufa.attempt.started',
          orgId: quiz.orgId,
          targetType: 'pufa_attempt',
          targetId: id,
          meta: { quizId: quiz.id, phone: maskPhone(input.phone) },
        });
      },
      { town: quiz.orgId },
    );
  // Two starts of one phone at once may count the same attempts and take the same day slot (unique):
  // the loser counts again and takes the next slot, so a burst gets exactly the day's cap.
  for (let tries = 0; ; tries++) {
    try {
      await takeSlot();
      break;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      if (tries >= quiz.attemptsPerDay) throw dailyCapReached(quiz.attemptsPerDay);
    }
  }
  const bank = await drawnQuestions(q, draw);
  return {
    attemptId: id,
    token,
    startedAt: now.toISOString(),
    deadlineAt,
    timeLimitSeconds: quiz.timeLimitSeconds,
    attemptsLeftToday: quiz.attemptsPerDay - (await attemptsToday(q, quiz.id, participantKey, day)),
    questions: draw.map((d) => shown(d, bank.get(d.q)!)),
  };
}

async function attemptsToday(q: Q, quizId: string, participantKey: string, day: string) {
  const r = await q
    .selectFrom('pufaQuizAttempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('quizId', '=', quizId)
    .where('participantKey', '=', participantKey)
    .where('day', '=', day)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
