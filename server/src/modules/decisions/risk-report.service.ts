import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { DECISION_OWNER } from './decision.step.js';
import { DECISION_ART as ART, RISK_GRADES, RISK_LEVELS } from './decisions.vocabulary.js';
import { preparingDecision, procedureActor } from './procedure-record.js';
import type { riskReportBody } from './procedures.schema.js';

// tenancy: preparingDecision() loads the decision through scoped(); the report is its child row

/**
 * 风险评估报告 (条例 第二十三条): risk points, prevention measures, the contingency plan, the conclusion on
 * controllability and the level. One per decision: after the draft is adjusted to bring an uncontrollable
 * risk under control (第二十四条) the report is replaced, and the trail keeps the earlier one.
 */
export async function recordRiskReport(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof riskReportBody>,
) {
  const actor = procedureActor(ctx);
  if (input.reportedOn > today(deps))
    throw badRequest('报告日期不能晚于今天', { field: 'reportedOn' });
  return mutation(deps, ctx, async (m) => {
    const d = await preparingDecision(m, actor, id, 'decisions.risk_report.record');
    const at = m.now.toISOString();
    const values = {
      points: input.points,
      measures: input.measures,
      plan: input.plan,
      conclusion: input.conclusion,
      grade: input.grade,
      assessor: input.assessor,
      reportedOn: input.reportedOn,
      updatedAt: at,
    };
    const existing = await m.trx
      .selectFrom('decisionRiskReports')
      .selectAll()
      .where('decisionId', '=', d.id)
      .executeTakeFirst();
    if (existing)
      await m.trx
        .updateTable('decisionRiskReports')
        .set(values)
        .where('id', '=', existing.id)
        .execute();
    else
      await m.trx
        .insertInto('decisionRiskReports')
        .values({ ...values, id: newId(), orgId: d.orgId, decisionId: d.id, createdAt: at })
        .execute();
    await m.audit({
      action: existing ? 'decisions.risk_report.replaced' : 'decisions.risk_report.recorded',
      targetType: DECISION_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      basis: ART.riskReport,
      changes: existing
        ? {
            conclusion: { before: existing.conclusion, after: input.conclusion },
            grade: { before: existing.grade, after: input.grade },
          }
        : null,
      meta: {
        conclusion: RISK_LEVELS[input.conclusion],
        grade: RISK_GRADES[input.grade],
        reportedOn: input.reportedOn,
      },
    });
  });
}
