import type { Changes } from '../../../core/audit/record.js';
import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { today, type Deps } from '../../../core/deps.js';
import { AppError, conflict, forbidden, ruleViolation } from '../../../core/errors.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { STATES, type State } from '../review.enums.js';
import { partiesOf, PARTY_LABELS } from '../review.policy.js';
import type { ReviewSettings } from '../review.settings.js';
import type { ReviewItemsTable } from '../review.tables.js';
import { checkTransition, TRANSITIONS, type Action, type ItemFacts, type Refusal } from '../review.workflow.js';
import { settingsOf } from '../settings/settings.service.js';
import { factsOf } from './item.facts.js';
import { insertStep, loadItem, updateItem, type LoadedItem } from './item.repository.js';

export interface StepContext {
  m: MutationScope;
  item: LoadedItem;
  actor: Actor;
  /** The state the step leads to. */
  to: State;
  today: string;
  settings: ReviewSettings;
  facts: ItemFacts;
}

export interface StepResult {
  patch?: Partial<ReviewItemsTable>;
  changes?: Changes;
  meta?: Record<string, unknown>;
  note?: string | null;
  basis?: string | null;
}

/** A workflow refusal as the HTTP error users see (422 for legal guards, 409 for state conflicts). */
export function refusalError(r: Refusal): AppError {
  const details = r.basis ? { basis: r.basis } : null;
  return r.status === 422 ? ruleViolation(r.message, r.code, details) : conflict(r.message, r.code, details);
}

/**
 * Takes one workflow step: checks that the actor plays the step's part and that the workflow allows
 * it, lets `work` do the step's own writes, then moves the state and records the step in the item's
 * 流转记录 and in the audit trail — all in one transaction.
 */
export async function runTransition(deps: Deps, ctx: RequestContext, itemId: string, action: Action, work?: (s: StepContext) => Promise<StepResult | void>): Promise<void> {
  const actor = authorize(ctx, 'review.item.read');
  await mutation(deps, ctx, async (m) => {
    const item = await loadItem(m.trx, actor, itemId, { lock: true });
    const def = TRANSITIONS[action];
    if (!partiesOf(actor, item).has(def.by)) throw forbidden(`只有本事项的${PARTY_LABELS[def.by]}可以${def.label}`, 'NOT_YOUR_STEP', { action });
    const settings = await settingsOf(m.trx, item.townId);
    const facts = await factsOf(m.trx, item, settings);
    const check = checkTransition(action, facts);
    if (!check.ok) throw refusalError(check.refusal);
    const result = (await work?.({ m, item, actor, to: check.to, today: today(deps), settings, facts })) ?? {};
    const at = m.now.toISOString();
    await updateItem(m.trx, item.id, { ...result.patch, state: check.to, updatedAt: at });
    const basis = result.basis === undefined ? def.basis : result.basis;
    await insertStep(m.trx, {
      itemId: item.id,
      orgId: item.orgId,
      action,
      fromState: item.state,
      toState: check.to,
      version: result.patch?.version ?? item.version,
      actorUserId: actor.userId,
      actorName: actor.displayName,
      at,
      note: result.note ?? null,
      basis,
    });
    await m.audit({
      action: `review.item.${def.verb}`,
      targetType: 'review_item',
      targetId: item.id,
      orgId: item.orgId,
      changes: { state: { before: STATES[item.state], after: STATES[check.to] }, ...result.changes },
      basis,
      meta: { step: def.label, version: result.patch?.version ?? item.version, ...(result.note ? { note: result.note } : {}), ...result.meta },
    });
  });
}
