import type { ClockView } from '@fazhi/shared';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { ruleViolation } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { clockOwnerOf } from './clock-owners.js';
import { extendClock } from './clock.service.js';
import { getClockView } from './clock-view.js';

/**
 * POST /clocks/:id/extend: a person holding clock.extend lengthens a clock in their scope. A clock
 * owned by a module is refused (422 CLOCK_OWNED_BY_MODULE): its periods follow only the module's rules.
 */
export async function extendClockByRequest(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { days: number; reason: string; basis: string },
): Promise<ClockView> {
  const actor = authorize(ctx, 'clock.extend');
  await mutation(deps, ctx, async (m) => {
    const clock = await scoped(m.trx, actor).getById('clocks', id);
    const owner = clockOwnerOf(clock.subjectType);
    if (owner) {
      throw ruleViolation(
        `该期限属于“${owner.module}”，只能按其自身规则办理延长，不能在此直接延长。依据：${owner.basis}`,
        'CLOCK_OWNED_BY_MODULE',
        {
          module: owner.module,
          basis: owner.basis,
          clockBasis: clock.basis,
        },
      );
    }
    await extendClock(m, ctx, id, { ...body, on: today(deps) });
  });
  return getClockView(deps, ctx, id);
}
