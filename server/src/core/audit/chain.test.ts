import { describe, expect, it } from 'vitest';
import type { AuditEventsTable } from '../db/schema.js';
import { ChainVerifier, eventHash, GENESIS_HASH } from './chain.js';

function chain(n: number): AuditEventsTable[] {
  const out: AuditEventsTable[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = { id: `e${seq}`, chainId: 'c', seq, prevHash: prev, at: `2024-01-0${seq}T00:00:00.000Z`, actorUserId: 'u', actorName: 'clerk', actorTokenId: null, orgId: 'o', ip: '1.2.3.4', action: 'x.y.done', targetType: null, targetId: null, changes: null, basis: null, meta: null };
    const hash = eventHash(e);
    out.push({ ...e, hash });
    prev = hash;
  }
  return out;
}

function verify(events: AuditEventsTable[], head?: { seq: number; hash: string }) {
  const v = new ChainVerifier('c');
  for (const e of events) {
    const b = v.push(e);
    if (b) return b;
  }
  return v.finish(head);
}

describe('the SM3 audit chain', () => {
  const good = chain(5);
  const head = { seq: 5, hash: good[4]!.hash };

  it('accepts an untouched chain', () => {
    expect(verify(good, head)).toBeNull();
  });

  it.each([
    ['an edited field', (c: AuditEventsTable[]) => c.map((e) => (e.seq === 3 ? { ...e, actorName: 'someone-else' } : e)), 'e3', 'hash_mismatch'],
    ['a deleted row', (c: AuditEventsTable[]) => c.filter((e) => e.seq !== 3), 'e4', 'sequence_gap'],
    ['two rows swapped', (c: AuditEventsTable[]) => [c[0]!, { ...c[2]!, seq: 2 }, { ...c[1]!, seq: 3 }, c[3]!, c[4]!], 'e3', 'prev_hash_mismatch'],
    ['a forged row re-hashed in place', (c: AuditEventsTable[]) => c.map((e) => (e.seq === 2 ? { ...e, action: 'forged', hash: eventHash({ ...e, action: 'forged' }) } : e)), 'e3', 'prev_hash_mismatch'],
  ])('catches %s', (_name, mutate, eventId, problem) => {
    const b = verify(mutate(good), head);
    expect(b?.eventId).toBe(eventId);
    expect(b?.problem).toBe(problem);
  });

  it('catches a cut-off tail through the recorded head', () => {
    const b = verify(good.slice(0, 4), head);
    expect(b?.problem).toBe('head_mismatch');
    expect(b?.seq).toBe(5);
  });
});
