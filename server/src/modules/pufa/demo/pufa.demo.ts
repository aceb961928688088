import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { actorCtx, inOneTransaction, on } from '../../demo/demo-actors.js';
import { startAttempt } from '../quiz/attempt.service.js';
import { JUDGE_OPTIONS } from '../quiz/question-shape.js';
import { createQuestion } from '../quiz/question.service.js';
import { closeQuiz, createQuiz, openQuiz } from '../quiz/quiz.service.js';
import { submitAttempt } from '../quiz/submit.service.js';
import { seedContent } from './content.demo.js';
import { ANTI_FRAUD_QUESTIONS, ANTI_FRAUD_TOPIC } from './quiz-bank.js';
import { demoTakers } from './quiz-takers.js';

// tenancy: the demo seed runs as the system

/** A portal visitor: no account, no address (the seed is not a flood). */
const visitor: RequestContext = {
  actor: null,
  ip: null,
  userAgent: 'demo-seed',
  requestId: 'demo-seed',
};

/** At a Shanghai day and second, for the server-measured answering time. */
const at = (deps: Deps, day: string, time: string): Deps => {
  const instant = new Date(`${day}T${time}+08:00`);
  return { ...deps, time: { now: () => instant } };
};

/**
 * 桥头镇's 2024 普法 through the real services: the window clerk builds the 反诈反邪 bank and sets up the
 * “智防诈骗·明辨邪教” quiz (2024 report: 全民反诈反邪知识竞赛); residents take it from the portal,
 * each answering as well as they know, some twice; the quiz is then closed. The report gives no
 * participation figure: the takers here are illustrative, the figures are whatever they add up to.
 */
export const seedPufaDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps): Promise<void> {
  if (await deps.db.kysely.selectFrom('pufaQuizzes').select('id').executeTakeFirst()) return;
  const clerk = await actorCtx(deps, 'window');
  await seedContent(deps, clerk);
  const prepared = on(deps, '2024-04-22');
  for (const item of ANTI_FRAUD_QUESTIONS)
    await createQuestion(prepared, clerk, {
      topic: ANTI_FRAUD_TOPIC,
      kind: item.kind,
      stem: item.stem,
      ...('options' in item ? { options: [...item.options] } : {}),
      answer: [...item.answer],
      explanation: item.explanation,
      basis: item.basis,
    });
  const quiz = await createQuiz(prepared, clerk, {
    title: '“智防诈骗·明辨邪教”全民反诈反邪知识竞赛',
    intro: '每次随机抽取 10 题，限时 10 分钟，每人每天可答 3 次，以最好成绩计入排行榜。',
    topic: ANTI_FRAUD_TOPIC,
    questionCount: 10,
    pointsPerQuestion: 10,
    timeLimitSeconds: 600,
    attemptsPerDay: 3,
    smsRequired: false,
    targetPopulation: 2000,
    targetLabel: '全镇机关干部、村（社区）干部和网格员、村民代表',
    opensOn: '2024-05-06',
    closesOn: '2024-05-31',
  });
  await openQuiz(on(deps, '2024-05-06', '08:30'), clerk, quiz.id);
  const rightOf = new Map<string, string[]>(
    ANTI_FRAUD_QUESTIONS.map((item) => {
      const options: readonly string[] = 'options' in item ? item.options : JUDGE_OPTIONS;
      return [item.stem, item.answer.map((i) => options[i]!)];
    }),
  );
  for (const t of demoTakers()) {
    const started = await startAttempt(at(deps, t.day, t.start), visitor, quiz.id, {
      name: t.name,
      phone: t.phone,
      unit: t.unit,
    });
    const answers = started.questions.map((shown, i) => {
      const right = rightOf.get(shown.stem)!.map((text) => shown.options.indexOf(text));
      if (i < t.knows) return right;
      // A wrong answer: for a 多选题 only one of the right options, otherwise the first wrong one.
      if (shown.kind === 'multiple') return [right[0]!];
      return [shown.options.findIndex((_, pos) => !right.includes(pos))];
    });
    await submitAttempt(at(deps, t.day, t.end), visitor, started.attemptId, {
      token: started.token,
      answers,
    });
  }
  await closeQuiz(on(deps, '2024-06-01', '09:00'), clerk, quiz.id);
}
