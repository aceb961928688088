import type { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest, conflict, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/index.js';
import type {
  LegalAdviserEvaluationsTable,
  LegalVillageAdvisersTable,
} from '../legal-services.tables.js';
import { ADVISER_GRADES, AID_ART } from '../legal-services.vocabulary.js';
import type { evaluationBody } from './evaluation.schema.js';

// tenancy: the adviser is loaded through scoped(); its evaluations are read by that adviser's id

const NOT_FOUND = '该法律顾问不存在或不在您的管辖范围内';

const presentEvaluation = (e: LegalAdviserEvaluationsTable) => ({
  id: e.id,
  adviserId: e.adviserId,
  year: e.year,
  score: e.score,
  grade: e.grade,
  gradeLabel: ADVISER_GRADES[e.grade],
  evaluator: e.evaluator,
  comments: e.comments,
  evaluatedOn: e.evaluatedOn,
});

const yearOf = (day: string) => Number(day.slice(0, 4));

/** The adviser served some of the year: appointed by its end and not gone before its start. */
const servedIn = (a: LegalVillageAdvisersTable, year: number) =>
  yearOf(a.since) <= year && (a.until === null || yearOf(a.until) >= year);

const evaluationOf = (q: Q, adviserId: string, year: number) =>
  q
    .selectFrom('legalAdviserEvaluations')
    .select('id')
    .where('adviserId', '=', adviserId)
    .where('year', '=', year)
    .executeTakeFirst();

/**
 * 村法律顾问年度考核 (宁波市法治乡村建设促进条例 第二十三条第二款: 司法行政部门 evaluates the village
 * advisers), recorded by the town's 司法所: one per adviser and year, for a year the adviser served,
 * on or after that year began and not in the future.
 */
export async function evaluateAdviser(
  deps: Deps,
  ctx: RequestContext,
  adviserId: string,
  input: z.infer<typeof evaluationBody>,
) {
  const actor = authorize(ctx, 'legal_services.adviser.manage');
  const adviser = await scoped(deps.db.kysely, actor)
    .selectFrom('legalVillageAdvisers')
    .selectAll()
    .where('id', '=', adviserId)
    .executeTakeFirst();
  if (!adviser) throw notFound(NOT_FOUND);
  assertTownStaff(actor, 'legal_services.adviser.evaluate');
  if (input.evaluatedOn > today(deps))
    throw badRequest('考核日期不能晚于今天', { field: 'evaluatedOn' });
  if (yearOf(input.evaluatedOn) < input.year)
    throw badRequest('考核日期不能早于考核年度', { field: 'evaluatedOn' });
  if (!servedIn(adviser, input.year))
    throw badRequest(`该顾问 ${input.year} 年度不在聘任期内`, { field: 'year' });
  const taken = () =>
    conflict(`该顾问 ${input.year} 年度已考核，每年度只考核一次`, 'EVALUATION_EXISTS', {
      year: input.year,
    });
  return mutation(deps, ctx, async (m) => {
    if (await evaluationOf(m.trx, adviserId, input.year)) throw taken();
    const row: LegalAdviserEvaluationsTable = {
      id: newId(),
      orgId: adviser.orgId,
      adviserId,
      ...input,
      createdBy: actor.userId,
      createdAt: m.now.toISOString(),
    };
    // ON CONFLICT DO NOTHING: a parallel evaluation of the same year answers 409, not a failed insert.
    const res = await m.trx
      .insertInto('legalAdviserEvaluations')
      .values(row)
      .onConflict((oc) => oc.columns(['adviserId', 'year']).doNothing())
      .executeTakeFirst();
    if (!Number(res.numInsertedOrUpdatedRows ?? 0)) throw taken();
    await m.audit({
      action: 'legal_services.adviser.evaluated',
      targetType: 'legal_village_adviser',
      targetId: adviserId,
      orgId: adviser.orgId,
      basis: AID_ART.adviserEvaluation,
      meta: { year: input.year, grade: input.grade, score: input.score },
    });
    return presentEvaluation(row);
  });
}

/** An adviser's evaluations, latest year first. */
export async function adviserEvaluations(deps: Deps, ctx: RequestContext, adviserId: string) {
  const actor = authorize(ctx, 'legal_services.adviser.read');
  const q = deps.db.kysely;
  const adviser = await scoped(q, actor)
    .selectFrom('legalVillageAdvisers')
    .select('id')
    .where('id', '=', adviserId)
    .executeTakeFirst();
  if (!adviser) throw notFound(NOT_FOUND);
  const rows = await q
    .selectFrom('legalAdviserEvaluations')
    .selectAll()
    .where('adviserId', '=', adviserId)
    .orderBy('year', 'desc')
    .execute();
  return { basis: AID_ART.adviserEvaluation, items: rows.map(presentEvaluation) };
}
