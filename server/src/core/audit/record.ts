import type { RequestContext } from '../authz/actor.js';
import type { Trx } from '../db/database.js';
import { transactionAuditChainKey, transactionChainHeads } from '../db/database.js';
import { memoised } from '../db/mutation-memo.js';
import { newId } from '../ids.js';
import { appendEvents, type UnchainedEvent } from './append.js';
import { deferEvent } from './deferred.js';

export type Changes = Record<string, { before: unknown; after: unknown }>;

export interface AuditInput {
  /** Past tense `domain.entity.verb`, e.g. `review.item.accepted`. */
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  /** The org the event belongs to; decides its chain. Defaults to the actor's org. */
  orgId?: string | null;
  /** The town of `orgId` where the caller holds it (a town record's own): its chain, without a read. */
  townId?: string | null;
  changes?: Changes | null;
  /** Legal basis, as users see it: 《政府信息公开条例》第三十三条. */
  basis?: string | null;
  meta?: Record<string, unknown> | null;
  /** Who acted, when it is not the request's actor (e.g. the person signing in). */
  actorOverride?: { userId: string | null; name: string };
}

export const SYSTEM_CHAIN = 'system';

/**
 * Appends one event to the trail inside the caller's transaction, so the change and its trace commit
 * or roll back together (in a group-commit batch: at the batch's end, before its commit). Chains are
 * per town: writers of one town queue on that town's head row, other towns never wait. The hash is
 * keyed with the chain key of the database the transaction belongs to (`inTransaction`), so a trail is
 * never extended without its key.
 */
export async function recordEvent(
  trx: Trx,
  ctx: RequestContext,
  input: AuditInput,
  at: Date,
  id: string = newId(),
  town: string | null = null,
): Promise<string> {
  await recordEvents(trx, ctx, [{ id, input }], at, town);
  return id;
}

/**
 * Appends a mutation's events, in order (see recordEvent): those of one chain in one append — one move
 * of its head — rather than one each.
 */
export async function recordEvents(
  trx: Trx,
  ctx: RequestContext,
  inputs: { id: string; input: AuditInput }[],
  at: Date,
  town: string | null = null,
): Promise<void> {
  const chainKey = transactionAuditChainKey();
  if (!chainKey)
    throw new Error(
      'audit chain key missing: record events inside inTransaction on a database opened by openDeps',
    );
  const orgOf = (input: AuditInput) =>
    input.orgId === undefined ? (ctx.actor?.orgId ?? null) : input.orgId;
  // An org whose town one event names needs no lookup for the others either.
  const towns = new Map(inputs.flatMap(({ input: i }) => (i.townId ? [[orgOf(i), i.townId]] : [])));
  const byChain = new Map<string, UnchainedEvent[]>();
  for (const { id, input } of inputs) {
    const orgId = orgOf(input);
    const chainId = towns.get(orgId) ?? (await chainFor(trx, orgId, ctx, town));
    const event: UnchainedEvent = {
      id,
      chainId,
      at: at.toISOString(),
      actorUserId: input.actorOverride ? input.actorOverride.userId : (ctx.actor?.userId ?? null),
      actorName: input.actorOverride ? input.actorOverride.name : (ctx.actor?.name ?? null),
      actorTokenId: ctx.actor?.tokenId ?? null,
      orgId,
      ip: ctx.ip,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      changes:
        input.changes && Object.keys(input.changes).length ? JSON.stringify(input.changes) : null,
      basis: input.basis ?? null,
      meta: input.meta ? JSON.stringify(input.meta) : null,
    };
    // In a group-commit batch the event joins the batch's others, appended together before the commit.
    if (deferEvent(trx, chainId, event)) continue;
    const chain = byChain.get(chainId);
    if (chain) chain.push(event);
    else byChain.set(chainId, [event]);
  }
  for (const [chainId, events] of byChain)
    await appendEvents(trx, chainId, events, transactionChainHeads(), chainKey);
}

/**
 * Chain of an org: its town; above town level, the org itself; no org: the system chain. `town`: a town
 * the caller already knows the write belongs to (an anonymous portal write), whose chain is its own id.
 */
async function chainFor(
  trx: Trx,
  orgId: string | null,
  ctx: RequestContext,
  town: string | null,
): Promise<string> {
  if (!orgId) return SYSTEM_CHAIN;
  // The usual cases need no lookup: an event of the actor's own org or town, or of the named town.
  const a = ctx.actor;
  if (a && a.townId && (orgId === a.orgId || orgId === a.townId)) return a.townId;
  if (town && orgId === town) return town;
  // Events are appended after the mutation's work, so an org read here is read as the mutation leaves it.
  const org = await memoised(trx, `audit.chain:${orgId}`, () =>
    trx.selectFrom('orgs').select(['id', 'townId']).where('id', '=', orgId).executeTakeFirst(),
  );
  return org?.townId ?? org?.id ?? SYSTEM_CHAIN;
}
