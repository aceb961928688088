import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { addVersion } from '../items/intake.service.js';
import { preReviewForStep } from '../items/pre-review-step.js';
import { startReviewClock } from '../items/item.clock.js';
import { assignStep, closeSteps } from '../items/item.tasks.js';
import { runTransition } from '../items/item.transition.js';
import type { ItemFields } from '../review.fields.js';
import { reviewRequiredBy } from '../review-required.js';

/**
 * 修改后重新报审: the submitter answers a “修改完善后重新报审” opinion with a new version, which is
 * pre-reviewed and reviewed again within a fresh review period.
 */
export async function reviseItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: {
    text?: string | undefined;
    docxFileId?: string | undefined;
    fields?: ItemFields | undefined;
    note: string;
  },
) {
  // 智能预审 runs before the transaction opens; the transaction stores the new version with its hits.
  const prepared = await preReviewForStep(deps, ctx, id, 'revise_resubmit', input);
  return runTransition(deps, ctx, id, 'revise_resubmit', async (s) => {
    const { m, item, settings, today } = s;
    const next = await addVersion(s, input, prepared);
    const clock = await startReviewClock(m, item, settings, today);
    await closeSteps(m, item.id, 'revise');
    await assignStep(m, item, 'review', { role: 'legal_reviewer' }, clock.id);
    return {
      patch: { version: next.version, fields: next.fields, clockId: clock.id },
      note: input.note,
      basis: reviewRequiredBy(item.type),
      meta: { preReview: next.pre, clockId: clock.id, dueDate: clock.dueDate },
    };
  });
}
