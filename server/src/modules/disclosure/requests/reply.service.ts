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
export async function replyToRequest(deps: Deps, ctx: RequestContext, id: string, input: { outcome: Outcome; reasons?: string | undefined; details?: string | undefined; notResponsible?: boolean | undefined; competentBody?: CompetentBody | undefined }) {
  return requestStep(deps, ctx, id, { permission: 'disclosure.request.handle', action: 'reply', outcome: input.outcome }, (s) => finalise(s, deps, ctx, input));
}
