import { hmacSm3Hex, sm3Hex } from '../crypto/sm.js';
import type { AuditEventsTable } from '../db/schema.js';

/** The hash every chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

/** Fields covered by the hash, in a fixed order: changing any of them breaks the chain. */
type Hashed = Omit<AuditEventsTable, 'hash'>;

/** The canonical JSON of an event, which includes the previous event's hash. */
function canonical(e: Hashed): string {
  return JSON.stringify([
    e.chainId,
    Number(e.seq),
    e.prevHash,
    e.id,
    e.at,
    e.actorUserId,
    e.actorName,
    e.actorTokenId,
    e.orgId,
    e.ip,
    e.action,
    e.targetType,
    e.targetId,
    e.changes,
    e.basis,
    e.meta,
  ]);
}

/**
 * HMAC-SM3 of the canonical event under the chain key (derived from the master key, never in the
 * database), so whoever can only write the database cannot compute a valid hash. `null` gives the
 * plain SM3 of events written before chains were keyed (升级前的事件).
 */
export function eventHash(e: Hashed, chainKey: Buffer | null): string {
  return chainKey ? hmacSm3Hex(chainKey, canonical(e)) : sm3Hex(canonical(e));
}

export interface ChainBreak {
  chainId: string;
  /** The first event that does not fit, or null when events are missing after the last one. */
  eventId: string | null;
  seq: number;
  problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' | 'downgraded' | 'head_mismatch';
  message: string;
}

/**
 * Checks events of one chain in `seq` order, plus the recorded head. Pure: the caller streams rows.
 * Catches an edited row (hash), a deleted or inserted row (sequence, previous hash), a reordering
 * (previous hash), a truncated tail (head), and a tail re-hashed without the key (downgrade): once an
 * event is keyed, every later one must be.
 */
export class ChainVerifier {
  #expectedSeq = 1;
  #prevHash = GENESIS_HASH;
  #count = 0;
  #unkeyed = 0;
  #lastAt: string | null = null;
  constructor(
    readonly chainId: string,
    readonly chainKey: Buffer,
  ) {}

  /** Returns the break at this event, if any; stop at the first one. */
  push(e: AuditEventsTable): ChainBreak | null {
    const seq = Number(e.seq);
    const at = (problem: ChainBreak['problem'], message: string): ChainBreak => ({
      chainId: this.chainId,
      eventId: e.id,
      seq,
      problem,
      message,
    });
    if (seq !== this.#expectedSeq) {
      return at(
        'sequence_gap',
        `序号应为 ${this.#expectedSeq}，实为 ${seq}：其间的事件被删除或插入`,
      );
    }
    if (e.prevHash !== this.#prevHash) {
      return at('prev_hash_mismatch', '前序哈希不符：事件被删除、插入或调换了顺序');
    }
    if (eventHash(e, this.chainKey) !== e.hash) {
      if (eventHash(e, null) !== e.hash)
        return at(
          'hash_mismatch',
          '内容哈希不符：事件内容被篡改，或以错误密钥重算（也可能是本机主密钥与写入时不同）',
        );
      if (this.#count > this.#unkeyed)
        return at(
          'downgraded',
          '未加密钥的事件出现在已加密钥的事件之后：链被改写并以无密钥的 SM3 重算',
        );
      this.#unkeyed += 1;
    }
    this.#prevHash = e.hash;
    this.#lastAt = e.at;
    this.#expectedSeq = seq + 1;
    this.#count += 1;
    return null;
  }

  /** Compares the end of the chain with the head recorded at write time. */
  finish(head: { seq: number; hash: string } | undefined): ChainBreak | null {
    const lastSeq = this.#expectedSeq - 1;
    if (!head) return null;
    if (Number(head.seq) !== lastSeq || head.hash !== this.#prevHash) {
      return {
        chainId: this.chainId,
        eventId: null,
        seq: lastSeq + 1,
        problem: 'head_mismatch',
        message: `链尾不符：登记的最后序号为 ${head.seq}，实际校验到 ${lastSeq}（末尾事件被删除或篡改）`,
      };
    }
    return null;
  }

  get count() {
    return this.#count;
  }

  /** The last event that verified, for anchors; null for an empty chain. */
  get tail(): { seq: number; hash: string; at: string } | null {
    return this.#lastAt === null
      ? null
      : { seq: this.#expectedSeq - 1, hash: this.#prevHash, at: this.#lastAt };
  }

  /** Events hashed with plain SM3: those written before the upgrade, all at the start of the chain. */
  get unkeyed() {
    return this.#unkeyed;
  }
}
