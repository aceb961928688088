import type { RequestContext } from '../authz/actor.js';
import type { Trx } from '../db/database.js';
import { sql } from 'kysely';
import { isPostgres, transactionAuditChainKey, transactionChainHeads } from '../db/database.js';
import { memoised } from '../db/mutation-memo.js';
import type { AuditEventsTable } from '../db/schema.js';
import { newId } from '../ids.js';
import { eventHash, GENESIS_HASH } from './chain.js';

export type Changes = Record<string, { before: unknown; after: unknown }>;

export interface AuditInput {
  /** Past tense `domain.entity.verb`, e.g. `review.item.accepted`. */
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  /** The org the event belongs to; decides its chain. Defaults to the actor's org. */
  orgId?: string | null;
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
 * or roll back together. Chains are per town: writers of one town queue on that town's head row, other
 * towns never wait. The hash is keyed with the chain key of the database the transaction belongs to
 * (`inTransaction`), so a trail is never extended without its key.
 */
export async function recordEvent(
  trx: Trx,
  ctx: RequestContext,
  input: AuditInput,
  at: Date,
  id: string = newId(),
  town: string | null = null,
): Promise<string> {
  const chainKey = transactionAuditChainKey();
  if (!chainKey)
    throw new Error(
      'audit chain key missing: record events inside inTransaction on a database opened by openDeps',
    );
  const orgId = input.orgId === undefined ? (ctx.actor?.orgId ?? null) : input.orgId;
  const chainId = await chainFor(trx, orgId, ctx, town);
  const heads = transactionChainHeads();
  const atIso = at.toISOString();
  const event = (head: { seq: number; hash: string }) => {
    const row = {
      id,
      chainId,
      seq: head.seq + 1,
      prevHash: head.hash,
      at: atIso,
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
    return { ...row, hash: eventHash(row, chainKey) };
  };

  // Fast path: the head this process wrote last, checked by the database while it takes the head's
  // lock. Another writer (process, rolled-back transaction) makes the check fail and the slow path
  // reads the real head; the event is only written when the head it extends is the current one.
  const guess = heads?.get(chainId);
  if (guess) {
    const e = event(guess);
    if (await appendIfHead(trx, e, guess, atIso)) {
      heads?.set(chainId, { seq: e.seq, hash: e.hash });
      return id;
    }
  }

  let head = await lockHead(trx, chainId);
  if (!head) {
    await trx
      .insertInto('auditChainHeads')
      .values({ chainId, seq: 0, hash: GENESIS_HASH, updatedAt: atIso })
      .onConflict((oc) => oc.column('chainId').doNothing())
      .execute();
    head = await lockHead(trx, chainId);
  }
  if (!head) throw new Error(`audit chain head missing for ${chainId}`);
  const e = event({ seq: Number(head.seq), hash: head.hash });
  const newHead = { seq: e.seq, hash: e.hash, updatedAt: atIso };
  if (isPostgres(trx)) {
    // One round trip while the head is locked: the event and the new head in one statement.
    await trx
      .with('appended', (q) => q.insertInto('auditEvents').values(e).returning('id'))
      .updateTable('auditChainHeads')
      .set(newHead)
      .where('chainId', '=', chainId)
      .execute();
  } else {
    await trx.insertInto('auditEvents').values(e).execute();
    await trx.updateTable('auditChainHeads').set(newHead).where('chainId', '=', chainId).execute();
  }
  heads?.set(chainId, { seq: e.seq, hash: e.hash });
  return id;
}

/**
 * Moves the head from `prev` to the event and writes the event, only if the head is still `prev`
 * (seq and hash); true when it was. PostgreSQL: one statement, the insert reads the updated head.
 */
async function appendIfHead(
  trx: Trx,
  e: AuditEventsTable,
  prev: { seq: number; hash: string },
  atIso: string,
): Promise<boolean> {
  if (isPostgres(trx)) {
    const { rows } = await sql<{ id: string }>`
      with moved as (
        update audit_chain_heads set seq = ${e.seq}, hash = ${e.hash}, updated_at = ${atIso}
        where chain_id = ${e.chainId} and seq = ${prev.seq} and hash = ${prev.hash}
        returning chain_id)
      insert into audit_events (id, chain_id, seq, prev_hash, at, actor_user_id, actor_name,
        actor_token_id, org_id, ip, action, target_type, target_id, changes, basis, meta, hash)
      select ${e.id}, moved.chain_id, ${e.seq}::bigint, ${e.prevHash}, ${e.at}::timestamptz,
        ${e.actorUserId}::text, ${e.actorName}::text, ${e.actorTokenId}::text, ${e.orgId}::text,
        ${e.ip}::text, ${e.action}, ${e.targetType}::text, ${e.targetId}::text, ${e.changes}::text,
        ${e.basis}::text, ${e.meta}::text, ${e.hash}
      from moved
      returning id`.execute(trx);
    return rows.length === 1;
  }
  const moved = await trx
    .updateTable('auditChainHeads')
    .set({ seq: e.seq, hash: e.hash, updatedAt: atIso })
    .where('chainId', '=', e.chainId)
    .where('seq', '=', prev.seq)
    .where('hash', '=', prev.hash)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) return false;
  await trx.insertInto('auditEvents').values(e).execute();
  return true;
}

async function lockHead(trx: Trx, chainId: string) {
  let q = trx.selectFrom('auditChainHeads').select(['seq', 'hash']).where('chainId', '=', chainId);
  // SQLite transactions are already exclusive (BEGIN IMMEDIATE); PostgreSQL needs the row lock.
  if (isPostgres(trx)) q = q.forUpdate();
  return q.executeTakeFirst();
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
