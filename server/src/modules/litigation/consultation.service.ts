import type { RequestContext } from '../../core/authz/actor.js';
import type { Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { notAfter } from './case.service.js';
import { caseStep } from './case.step.js';

// tenancy: each step loads its case through scoped() (case.step.ts)

interface Consultation {
  heldOn: string;
  attendees: string[];
  analysis: string;
  decision: string;
}

/**
 * 案件会商: who attended, the legal analysis and the decision (the town's rule before any answer); the
 * first one moves the case on (`consult`), later ones (`reconsult`: before an appeal, or before the answer
 * to the other party's appeal) keep its state. Each is its own row; the case keeps the latest.
 */
export const consultCase = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: Consultation,
  action: 'consult' | 'reconsult' = 'consult',
) =>
  caseStep(deps, ctx, id, action, async (s) => {
    const r = s.record;
    notAfter(s.today, input.heldOn, 'heldOn', '会商日期');
    if (input.heldOn < r.receivedOn)
      throw badRequest('会商日期不能早于收到副本日期', { field: 'heldOn' });
    if (r.consultedOn && input.heldOn < r.consultedOn)
      throw badRequest(`会商日期不能早于上次会商（${r.consultedOn}）`, { field: 'heldOn' });
    await s.m.trx
      .insertInto('litigationConsultations')
      .values({
        id: newId(),
        caseId: r.id,
        orgId: r.orgId,
        heldOn: input.heldOn,
        stage: r.status,
        attendees: JSON.stringify(input.attendees),
        analysis: input.analysis,
        decision: input.decision,
        createdBy: s.actor?.userId ?? null,
        createdAt: s.m.now.toISOString(),
      })
      .execute();
    return {
      patch: {
        consultedOn: input.heldOn,
        consultStage: r.status,
        consultAttendees: JSON.stringify(input.attendees),
        consultAnalysis: input.analysis,
        consultDecision: input.decision,
      },
      meta: { attendees: input.attendees.length },
      note: `会商意见：${input.decision}`,
    };
  });
