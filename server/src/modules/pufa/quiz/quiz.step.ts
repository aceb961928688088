import { can, type Actor } from '../../../core/authz/actor.js';
import type { Q } from '../../../core/db/database.js';
import { townRecordWorkflow } from '../../../core/workflow/index.js';
import type { PufaQuizzesTable } from '../pufa.tables.js';
import type { QuizState } from '../pufa.vocabulary.js';
import { QUIZ_WORKFLOW, type QuizAction, type QuizFacts } from './quiz.workflow.js';

// tenancy: the kernel loads each quiz through scoped(); poolSize counts the loaded quiz's own town

type Party = 'office';

/** Active questions of the town's bank in a topic: what a quiz can draw from. */
export async function poolSize(q: Q, orgId: string, topic: string): Promise<number> {
  const r = await q
    .selectFrom('pufaQuestions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('orgId', '=', orgId)
    .where('topic', '=', topic)
    .where('retired', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const quizFacts = async (q: Q, r: PufaQuizzesTable): Promise<QuizFacts> => ({
  state: r.status,
  poolSize: await poolSize(q, r.orgId, r.topic),
  questionCount: r.questionCount,
});

const partiesOf = (actor: Actor) => new Set<Party>(can(actor, 'pufa.manage') ? ['office'] : []);

const quizzes = townRecordWorkflow<PufaQuizzesTable, QuizState, QuizAction, QuizFacts, Party>({
  table: 'pufaQuizzes',
  workflow: QUIZ_WORKFLOW,
  auditPrefix: 'pufa.quiz',
  targetType: 'pufa_quiz',
  notFoundMessage: '该竞赛不存在或不在您的管辖范围内',
  facts: (q, r) => quizFacts(q, r),
  parties: partiesOf,
  auditMeta: (r) => ({ title: r.title }),
});

export const quizStep = quizzes.step;

/** The caller's buttons and refused steps on a quiz (none for staff above the town). */
export const quizAbilities = quizzes.abilities;
