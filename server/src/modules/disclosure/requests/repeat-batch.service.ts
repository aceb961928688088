import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Deps } from '../../../core/deps.js';
import { isAppError } from '../../../core/errors.js';
import { assertTownStaff } from '../../../core/workflow/index.js';
import { replyToRequest } from './reply.service.js';

/** The most applications one 按重复申请答复 answers; the page sends a longer selection in parts. */
export const MAX_REPEAT_BATCH = 50;

/**
 * 合并重复申请 (《政府信息公开条例》第三十六条第（六）项): the selected applications repeat one the office has
 * already answered, so each gets its own 不予重复处理 letter naming that earlier answer. Each application is
 * its own legal act, answered in its own transaction through the same workflow step as a single reply; one
 * the workflow refuses (e.g. already answered) is reported with its reason and the others go on.
 */
export async function replyRepeatBatch(
  deps: Deps,
  ctx: RequestContext,
  input: { ids: string[]; details: string; reasons?: string | undefined },
) {
  // Staff above the town supervise; they never answer for the town's office.
  assertTownStaff(authorize(ctx, 'disclosure.request.handle'), 'reply');
  const replied: string[] = [];
  const refused: { id: string; code: string; message: string }[] = [];
  for (const id of new Set(input.ids)) {
    try {
      await replyToRequest(deps, ctx, id, {
        outcome: 'rejected_repeat',
        details: input.details,
        reasons: input.reasons,
      });
      replied.push(id);
    } catch (e) {
      if (!isAppError(e) || e.status >= 500) throw e;
      refused.push({ id, code: e.code, message: e.message });
    }
  }
  return { replied, refused };
}
