import type { PauseReason } from '@fazhi/shared';
import type { RequestContext } from '../../../core/authz/actor.js';
import type { Q } from '../../../core/db/database.js';
import type { MutationScope } from '../../../core/mutation.js';
import {
  clockStatus,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
} from '../../calendar/calendar.public.js';
import type { ItemType } from '../review.enums.js';
import type { ReviewSettings } from '../review.settings.js';
import { ITEM_OWNER } from './item.repository.js';

// tenancy: the clock of an item already loaded through scoped()

/** The item's statutory clocks, through the foundation's clock service (each change is audited there). */

const stateOf = async (q: Q, id: string | null) => (await clockStatus(q, id))?.state;

/** Starts the review period on acceptance (受理): counting starts the next day. */
export async function startReviewClock(
  m: MutationScope,
  item: { id: string; orgId: string; type: ItemType },
  settings: ReviewSettings,
  on: string,
) {
  const p = settings.periods[item.type];
  return startClock(m, {
    orgId: item.orgId,
    subjectType: ITEM_OWNER,
    subjectId: item.id,
    purpose: 'review.opinion',
    startDate: on,
    limitDays: p.days,
    unit: p.unit,
    basis: p.basis,
  });
}

export async function pauseIfRunning(
  m: MutationScope,
  ctx: RequestContext,
  clockId: string | null,
  input: { reason: PauseReason; on: string; note?: string | null; basis?: string | null },
) {
  if ((await stateOf(m.trx, clockId)) !== 'running') return false;
  await pauseClock(m, ctx, clockId!, input);
  return true;
}

export async function resumeIfPaused(
  m: MutationScope,
  ctx: RequestContext,
  clockId: string | null,
  on: string,
) {
  if ((await stateOf(m.trx, clockId)) !== 'paused') return false;
  await resumeClock(m, ctx, clockId!, { on });
  return true;
}

export async function stopIfOpen(
  m: MutationScope,
  ctx: RequestContext,
  clockId: string | null,
  on: string,
) {
  const state = await stateOf(m.trx, clockId);
  if (!state || state === 'stopped') return null;
  return stopClock(m, ctx, clockId!, { on });
}
