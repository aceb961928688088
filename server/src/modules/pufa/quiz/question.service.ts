import type { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Deps } from '../../../core/deps.js';
import { offsetOf } from '../../../core/http/paging.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/level.js';
import type { PufaQuestionsTable } from '../pufa.tables.js';
import { QUESTION_KINDS } from '../pufa.vocabulary.js';
import { questionShape } from './question-shape.js';
import type { questionBody, questionListQuery } from './quiz.schema.js';

// tenancy: every read starts from scoped()

const presentQuestion = (r: PufaQuestionsTable) => ({
  id: r.id,
  topic: r.topic,
  kind: r.kind,
  kindLabel: QUESTION_KINDS[r.kind],
  stem: r.stem,
  options: JSON.parse(r.options) as string[],
  answer: JSON.parse(r.answer) as number[],
  explanation: r.explanation,
  basis: r.basis,
  retired: r.retired === 1,
  createdAt: r.createdAt,
});

/** Adds a question to the town's bank (题库). */
export async function createQuestion(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof questionBody>,
) {
  const actor = authorize(ctx, 'pufa.manage');
  assertTownStaff(actor, 'pufa.question.create');
  const shape = questionShape(input.kind, input.options, input.answer);
  const row: PufaQuestionsTable = {
    id: newId(),
    orgId: actor.townId!,
    topic: input.topic,
    kind: input.kind,
    stem: input.stem,
    options: JSON.stringify(shape.options),
    answer: JSON.stringify(shape.answer),
    explanation: input.explanation,
    basis: input.basis,
    retired: 0,
    createdBy: actor.userId,
    createdAt: deps.time.now().toISOString(),
  };
  await mutation(deps, ctx, async (m) => {
    await m.trx.insertInto('pufaQuestions').values(row).execute();
    await m.audit({
      action: 'pufa.question.created',
      orgId: row.orgId,
      targetType: 'pufa_question',
      targetId: row.id,
      meta: { topic: row.topic, kind: row.kind },
    });
  });
  return presentQuestion(row);
}

/**
 * Retires a question: later draws leave it out, attempts that drew it keep scoring against it
 * (questions are never edited, so a handed-in paper is always marked against what was asked).
 */
export async function retireQuestion(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'pufa.manage');
  const row = await scoped(deps.db.kysely, actor).getById('pufaQuestions', id);
  assertTownStaff(actor, 'pufa.question.retire');
  await mutation(deps, ctx, async (m) => {
    await m.trx.updateTable('pufaQuestions').set({ retired: 1 }).where('id', '=', id).execute();
    await m.audit({
      action: 'pufa.question.retired',
      orgId: row.orgId,
      targetType: 'pufa_question',
      targetId: id,
    });
  });
  return presentQuestion({ ...row, retired: 1 });
}

export async function listQuestions(
  deps: Deps,
  ctx: RequestContext,
  f: z.infer<typeof questionListQuery>,
) {
  const actor = authorize(ctx, 'pufa.read');
  let base = scoped(deps.db.kysely, actor).selectFrom('pufaQuestions');
  if (f.topic) base = base.where('topic', '=', f.topic);
  if (!f.includeRetired) base = base.where('retired', '=', 0);
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('createdAt', 'desc').limit(f.pageSize).offset(offsetOf(f)).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(presentQuestion),
    total: Number(total.n),
    page: f.page,
    pageSize: f.pageSize,
  };
}
