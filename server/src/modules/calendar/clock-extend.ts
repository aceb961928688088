import type { ClockView } from '@fazhi/shared';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { mutation } from '../../core/mutation.js';
import { extendClock } from './clock.service.js';
import { getClockView } from './clock-view.js';

/** POST /clocks/:id/extend: a person holding clock.extend lengthens a clock in their scope. */
export async function extendClockByRequest(deps: Deps, ctx: RequestContext, id: string, body: { days: number; reason: string; basis: string }): Promise<ClockView> {
  const actor = authorize(ctx, 'clock.extend');
  await mutation(deps, ctx, async (m) => {
    await scoped(m.trx, actor).getById('clocks', id);
    await extendClock(m, ctx, id, { ...body, on: today(deps) });
  });
  return getClockView(deps, ctx, id);
}
