import type { Actor, RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { assertTownStaff } from '../../core/workflow/level.js';

/** The town a team record is written for: the writer's own; staff above the town supervise only. */
export function ownTown(ctx: RequestContext, action: string): { actor: Actor; townId: string } {
  const actor = authorize(ctx, 'team.manage');
  assertTownStaff(actor, action);
  return { actor, townId: actor.townId! };
}
