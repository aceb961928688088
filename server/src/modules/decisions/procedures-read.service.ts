import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { CONFLICT_KINDS, conflictOf } from './expert-conflict.js';
import { presentExpert } from './expert-pool.service.js';
import { latestMaterialsDay } from './hearing-notice.js';
import { RISK_GRADES, RISK_LEVELS, type Procedure } from './decisions.vocabulary.js';

// tenancy: the decision is loaded through scoped(); its hearing, experts and report are read after it,
// the candidates from its town's pool

/** The hearing, the experts (chosen, excluded, candidates) and the risk report of a decision. */
export async function getProcedures(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'decisions.read');
  const q = deps.db.kysely;
  const d = await scoped(q, actor)
    .selectFrom('decisions')
    .innerJoin('decisionCatalogueEntries', 'decisionCatalogueEntries.id', 'decisions.entryId')
    .select([
      'decisions.id',
      'decisions.orgId',
      'decisions.leadOffice',
      'decisions.riskRequired',
      'decisionCatalogueEntries.procedures',
    ])
    .where('decisions.id', '=', id)
    .executeTakeFirst();
  if (!d) throw notFound('该决策事项不存在或不在您的管辖范围内');
  const [hearing, pool, conflicts, picks, report] = await Promise.all([
    q.selectFrom('decisionHearings').selectAll().where('decisionId', '=', d.id).executeTakeFirst(),
    q
      .selectFrom('decisionExperts')
      .selectAll()
      .where('orgId', '=', d.orgId)
      .orderBy('name')
      .execute(),
    q.selectFrom('decisionExpertConflicts').selectAll().where('decisionId', '=', d.id).execute(),
    q.selectFrom('decisionExpertPicks').selectAll().where('decisionId', '=', d.id).execute(),
    q
      .selectFrom('decisionRiskReports')
      .selectAll()
      .where('decisionId', '=', d.id)
      .executeTakeFirst(),
  ]);
  const procedures = JSON.parse(d.procedures) as Procedure[];
  const byId = new Map(pool.map((e) => [e.id, e]));
  const declared = new Map(conflicts.map((c) => [c.expertId, c]));
  const picked = new Set(picks.map((p) => p.expertId));
  return {
    required: {
      hearing: procedures.includes('hearing'),
      experts: procedures.includes('expert_review'),
      risk: d.riskRequired === 1,
    },
    hearing: hearing
      ? {
          hearingOn: hearing.hearingOn,
          place: hearing.place,
          matters: hearing.matters,
          selectionRule: hearing.selectionRule,
          participants: JSON.parse(hearing.participants) as { name: string; role: string }[],
          announcedOn: hearing.announcedOn,
          materialsSentOn: hearing.materialsSentOn,
          materialsDueBy: latestMaterialsDay(hearing.hearingOn),
          record: hearing.record,
          recordedOn: hearing.recordedOn,
        }
      : null,
    experts: picks.map((p) => ({
      ...presentExpert(byId.get(p.expertId)!),
      chosenOn: p.chosenOn,
      opinion: p.opinion,
      signedOn: p.signedOn,
    })),
    candidates: pool
      .filter((e) => !picked.has(e.id))
      .map((e) => {
        const kind = conflictOf(e, d, declared.has(e.id));
        return {
          ...presentExpert(e),
          conflict: kind,
          conflictLabel: kind ? CONFLICT_KINDS[kind] : null,
          conflictReason: declared.get(e.id)?.reason ?? null,
        };
      }),
    riskReport: report
      ? {
          points: report.points,
          measures: report.measures,
          plan: report.plan,
          conclusion: report.conclusion,
          conclusionLabel: RISK_LEVELS[report.conclusion],
          grade: report.grade,
          gradeLabel: RISK_GRADES[report.grade],
          assessor: report.assessor,
          reportedOn: report.reportedOn,
        }
      : null,
  };
}
