import { describe, expect, it } from 'vitest';
import type { AuditEventsTable } from '../db/schema.js';
import { ChainVerifier, eventHash, GENESIS_HASH } from './chain.js';

const KEY = Buffer.alloc(32, 7);
const WRONG_KEY = Buffer.alloc(32, 8);

/** A chain whose events 1..unkeyed are plain SM3 (written before the upgrade) and the rest keyed with `key`. */
function chain(
  n: number,
  { unkeyed = 0, key = KEY }: { unkeyed?: number; key?: Buffer } = {},
): AuditEventsTable[] {
  const out: AuditEventsTable[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = {
      id: `e${seq}`,
      chainId: 'c',
      seq,
      prevHash: prev,
      at: `2024-01-0${seq}T00:00:00.000Z`,
      actorUserId: 'u',
      actorName: 'clerk',
      actorTokenId: null,
      orgId: 'o',
      ip: '1.2.3.4',
      action: 'x.y.done',
      targetType: null,
      targetId: null,
      changes: null,
      basis: null,
      meta: null,
    };
    const hash = eventHash(e, seq <= unkeyed ? null : key);
    out.push({ ...e, hash });
    prev = hash;
  }
  return out;
}

/** Re-hashes events from `from` on, as someone who edited event `from` would, with `key` (null: plain SM3). */
function recompute(
  events: AuditEventsTable[],
  from: number,
  key: Buffer | null,
): AuditEventsTable[] {
  let prev = from > 1 ? events[from - 2]!.hash : GENESIS_HASH;
  return events.map((e) => {
    if (e.seq < from) return e;
    const edited = {
      ...e,
      prevHash: prev,
      actorName: e.seq === from ? 'someone-else' : e.actorName,
    };
    const hash = eventHash(edited, key);
    prev = hash;
    return { ...edited, hash };
  });
}

function verify(events: AuditEventsTable[], head?: { seq: number; hash: string }) {
  const v = new ChainVerifier('c', KEY);
  for (const e of events) {
    const b = v.push(e);
    if (b) return { break: b, unkeyed: v.unkeyed, count: v.count };
  }
  return { break: v.finish(head), unkeyed: v.unkeyed, count: v.count };
}

const headOf = (c: AuditEventsTable[]) => ({ seq: c.length, hash: c[c.length - 1]!.hash });

describe('the keyed SM3 audit chain', () => {
  const good = chain(5);
  const head = headOf(good);

  it('accepts an untouched keyed chain', () => {
    expect(verify(good, head)).toEqual({ break: null, unkeyed: 0, count: 5 });
  });

  it.each([
    [
      'an edited field',
      (c: AuditEventsTable[]) =>
        c.map((e) => (e.seq === 3 ? { ...e, actorName: 'someone-else' } : e)),
      'e3',
      'hash_mismatch',
    ],
    [
      'a deleted row',
      (c: AuditEventsTable[]) => c.filter((e) => e.seq !== 3),
      'e4',
      'sequence_gap',
    ],
    [
      'two rows swapped',
      (c: AuditEventsTable[]) => [c[0]!, { ...c[2]!, seq: 2 }, { ...c[1]!, seq: 3 }, c[3]!, c[4]!],
      'e3',
      'prev_hash_mismatch',
    ],
    [
      'a forged row re-hashed in place with the key',
      (c: AuditEventsTable[]) =>
        c.map((e) =>
          e.seq === 2
            ? { ...e, action: 'forged', hash: eventHash({ ...e, action: 'forged' }, KEY) }
            : e,
        ),
      'e3',
      'prev_hash_mismatch',
    ],
    [
      'a tail recomputed with a wrong key',
      (c: AuditEventsTable[]) => recompute(c, 3, WRONG_KEY),
      'e3',
      'hash_mismatch',
    ],
    [
      'a tail recomputed with plain SM3 (downgrade)',
      (c: AuditEventsTable[]) => recompute(c, 3, null),
      'e3',
      'downgraded',
    ],
  ])('catches %s', (_name, mutate, eventId, problem) => {
    const b = verify(mutate(good), head).break;
    expect(b?.eventId).toBe(eventId);
    expect(b?.problem).toBe(problem);
  });

  it('catches a cut-off tail through the recorded head', () => {
    const b = verify(good.slice(0, 4), head).break;
    expect(b?.problem).toBe('head_mismatch');
    expect(b?.seq).toBe(5);
  });

  it('accepts a chain written before the upgrade and continued with the key, counting the legacy events', () => {
    const upgraded = chain(5, { unkeyed: 2 });
    expect(verify(upgraded, headOf(upgraded))).toEqual({ break: null, unkeyed: 2, count: 5 });
  });

  it('protects the legacy part through the first keyed event: re-hashing it breaks the link', () => {
    const upgraded = chain(5, { unkeyed: 2 });
    const b = verify(
      recompute(upgraded, 1, null).map((e, i) => (e.seq > 2 ? upgraded[i]! : e)),
      headOf(upgraded),
    ).break;
    expect(b?.problem).toBe('prev_hash_mismatch');
    expect(b?.eventId).toBe('e3');
  });

  it('counts a chain rewritten whole with plain SM3 as entirely unkeyed — only anchors or --strict can tell it from a legacy chain', () => {
    const rewritten = recompute(good, 1, null);
    expect(verify(rewritten, headOf(rewritten))).toEqual({ break: null, unkeyed: 5, count: 5 });
  });
});
