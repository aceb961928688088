import { sql } from 'kysely';
import { isPostgres, type ChainHeads, type Trx } from '../db/database.js';
import { fixedQuery } from '../db/fixed-query.js';
import type { AuditEventsTable } from '../db/schema.js';
import { eventHash, GENESIS_HASH } from './chain.js';

/** An event before it takes its place in its chain: no seq, previous hash or hash yet. */
export type UnchainedEvent = Omit<AuditEventsTable, 'seq' | 'prevHash' | 'hash'>;

// 17 parameters a row: far below the parameter limits of PostgreSQL (65 535) and SQLite (32 766).
const ROWS_PER_STATEMENT = 500;

/**
 * Appends events of one chain, in order, after its head; the head ends at the last one. Hashes and
 * seqs are computed here from the head. Fast path: the head this process wrote last (`heads`),
 * checked by the database while it takes the head's lock, all events in one statement on PostgreSQL.
 * Another writer (process, rolled-back transaction) makes the check fail and the slow path locks and
 * reads the real head; events are only written after the head they extend is the current one.
 */
export async function appendEvents(
  trx: Trx,
  chainId: string,
  events: UnchainedEvent[],
  heads: ChainHeads | undefined,
  chainKey: Buffer,
): Promise<void> {
  for (let i = 0; i < events.length; i += ROWS_PER_STATEMENT) {
    const part = events.slice(i, i + ROWS_PER_STATEMENT);
    const guess = heads?.get(chainId);
    let rows = guess && chain(part, guess, chainKey);
    if (!rows || !guess || !(await appendIfHead(trx, chainId, rows, guess))) {
      const head = await lockedHead(trx, chainId, part[0]!.at);
      rows = chain(part, head, chainKey);
      await appendAfterLockedHead(trx, chainId, rows);
    }
    const last = rows[rows.length - 1]!;
    heads?.set(chainId, { seq: last.seq, hash: last.hash });
  }
}

function chain(
  events: UnchainedEvent[],
  head: { seq: number; hash: string },
  chainKey: Buffer,
): AuditEventsTable[] {
  let prev = head;
  return events.map((e) => {
    const row = { ...e, seq: prev.seq + 1, prevHash: prev.hash };
    const chained = { ...row, hash: eventHash(row, chainKey) };
    prev = chained;
    return chained;
  });
}

const newHead = (rows: AuditEventsTable[]) => {
  const last = rows[rows.length - 1]!;
  return { seq: last.seq, hash: last.hash, updatedAt: last.at };
};

/** PostgreSQL: the rows as a VALUES list, typed, for `insert … select`. */
const valuesOf = (rows: AuditEventsTable[]) =>
  sql.join(
    rows.map(
      (e) => sql`(${e.id}, ${e.seq}::bigint, ${e.prevHash}, ${e.at}::timestamptz,
        ${e.actorUserId}::text, ${e.actorName}::text, ${e.actorTokenId}::text, ${e.orgId}::text,
        ${e.ip}::text, ${e.action}, ${e.targetType}::text, ${e.targetId}::text, ${e.changes}::text,
        ${e.basis}::text, ${e.meta}::text, ${e.hash})`,
    ),
  );

const COLUMNS = sql`(id, seq, prev_hash, at, actor_user_id, actor_name, actor_token_id, org_id, ip,
  action, target_type, target_id, changes, basis, meta, hash)`;

/** Moves the head from `prev` and writes the rows, only if the head is still `prev`; true when it was. */
async function appendIfHead(
  trx: Trx,
  chainId: string,
  rows: AuditEventsTable[],
  prev: { seq: number; hash: string },
): Promise<boolean> {
  const head = newHead(rows);
  if (isPostgres(trx)) {
    // One statement: the insert reads the moved head, so nothing is written when the check fails.
    const { rows: written } = await sql<{ id: string }>`
      with moved as (
        update audit_chain_heads set seq = ${head.seq}, hash = ${head.hash}, updated_at = ${head.updatedAt}
        where chain_id = ${chainId} and seq = ${prev.seq} and hash = ${prev.hash}
        returning chain_id)
      insert into audit_events (chain_id, id, seq, prev_hash, at, actor_user_id, actor_name,
        actor_token_id, org_id, ip, action, target_type, target_id, changes, basis, meta, hash)
      select moved.chain_id, v.* from moved cross join (values ${valuesOf(rows)}) as v ${COLUMNS}
      returning id`.execute(trx);
    return written.length === rows.length;
  }
  const moved = await moveHead(trx, { ...head, chainId, prevSeq: prev.seq, prevHash: prev.hash });
  if (moved.length !== 1) return false;
  const [only] = rows;
  if (rows.length === 1 && only) await insertEvent(trx, only);
  else await trx.insertInto('auditEvents').values(rows).execute();
  return true;
}

/** SQLite's fast path as fixed statements (fixedQuery): it runs with every change the app makes. */
const moveHead = fixedQuery(
  (
    q,
    v: {
      seq: number;
      hash: string;
      updatedAt: string;
      chainId: string;
      prevSeq: number;
      prevHash: string;
    },
  ) =>
    q
      .updateTable('auditChainHeads')
      .set({ seq: v.seq, hash: v.hash, updatedAt: v.updatedAt })
      .where('chainId', '=', v.chainId)
      .where('seq', '=', v.prevSeq)
      .where('hash', '=', v.prevHash)
      .returning('chainId'),
);
const insertEvent = fixedQuery((q, row: AuditEventsTable) =>
  q.insertInto('auditEvents').values(row),
);

/** The chain's head, locked until the commit (made at genesis for a new chain). */
async function lockedHead(
  trx: Trx,
  chainId: string,
  at: string,
): Promise<{ seq: number; hash: string }> {
  let head = await lockHead(trx, chainId);
  if (!head) {
    await trx
      .insertInto('auditChainHeads')
      .values({ chainId, seq: 0, hash: GENESIS_HASH, updatedAt: at })
      .onConflict((oc) => oc.column('chainId').doNothing())
      .execute();
    head = await lockHead(trx, chainId);
  }
  if (!head) throw new Error(`audit chain head missing for ${chainId}`);
  return { seq: Number(head.seq), hash: head.hash };
}

async function lockHead(trx: Trx, chainId: string) {
  let q = trx.selectFrom('auditChainHeads').select(['seq', 'hash']).where('chainId', '=', chainId);
  // SQLite transactions are already exclusive (BEGIN IMMEDIATE); PostgreSQL needs the row lock.
  if (isPostgres(trx)) q = q.forUpdate();
  return q.executeTakeFirst();
}

async function appendAfterLockedHead(trx: Trx, chainId: string, rows: AuditEventsTable[]) {
  const head = newHead(rows);
  if (isPostgres(trx)) {
    // One round trip while the head is locked: the events and the new head in one statement.
    await trx
      .with('appended', (q) => q.insertInto('auditEvents').values(rows).returning('id'))
      .updateTable('auditChainHeads')
      .set(head)
      .where('chainId', '=', chainId)
      .execute();
    return;
  }
  await trx.insertInto('auditEvents').values(rows).execute();
  await trx.updateTable('auditChainHeads').set(head).where('chainId', '=', chainId).execute();
}
