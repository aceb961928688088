import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { finalise } from './finalise.js';
import type { CompetentBody } from './not-responsible.js';
import type { Outcome } from './outcomes.js';
import { requestStep } from './request-step.js';

/**
 * 答复 (《政府信息公开条例》第三十六条至第三十九条): the office picks the outcome row of 表三 and gives
 * its reasons; the guards of the workflow decide whether that outcome is open to it now.
 */
export async function replyToRequest(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: {
    outcome: Outcome;
    reasons?: string | undefined;
    details?: string | undefined;
    notResponsible?: boolean | undefined;
    competentBody?: CompetentBody | undefined;
  },
) {
  // 其他处理-3 (e.g. the applicant withdraws) is its own step: it may end any received application.
  const action = input.outcome === 'other_other' ? 'withdraw' : 'reply';
  return requestStep(deps, ctx, id, action, (s) => finalise(s, deps, ctx, input), {
    outcome: input.outcome,
  });
}
