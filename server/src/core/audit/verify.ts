import type { Q } from '../db/database.js';
import { ChainVerifier, type ChainBreak } from './chain.js';

interface ChainReport {
  chainId: string;
  events: number;
  ok: boolean;
  break: ChainBreak | null;
  /** Events hashed without the key (written before the upgrade); they lead the chain. */
  unkeyedEvents: number;
  /**
   * The chain holds events and none of them is keyed (未加密钥保护): a legacy chain no one has written to
   * since the upgrade — or one rewritten whole with plain SM3, which only anchors or `--strict` can tell.
   */
  unprotected: boolean;
  /** The last event checked (the chain's end when `ok`), for anchors. */
  tail: { seq: number; hash: string; at: string } | null;
}

const BATCH = 5000;

/**
 * Re-computes every chain (or the given ones) from the stored events, in batches so a long trail never
 * sits in memory. Reports, per chain, the first event that does not fit.
 */
export async function verifyChains(
  q: Q,
  chainKey: Buffer,
  only?: string[],
): Promise<ChainReport[]> {
  const heads = await q.selectFrom('auditChainHeads').selectAll().execute();
  const fromEvents = await q.selectFrom('auditEvents').select('chainId').distinct().execute();
  const ids = [...new Set([...heads.map((h) => h.chainId), ...fromEvents.map((e) => e.chainId)])]
    .filter((id) => !only || only.includes(id))
    .sort();
  const reports: ChainReport[] = [];
  for (const chainId of ids) {
    const verifier = new ChainVerifier(chainId, chainKey);
    let broken: ChainBreak | null = null;
    let after = 0;
    for (;;) {
      const rows = await q
        .selectFrom('auditEvents')
        .selectAll()
        .where('chainId', '=', chainId)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(BATCH)
        .execute();
      for (const row of rows) {
        broken = verifier.push(row);
        if (broken) break;
      }
      if (broken || rows.length < BATCH) break;
      after = Number(rows[rows.length - 1]!.seq);
    }
    broken ??= verifier.finish(heads.find((h) => h.chainId === chainId));
    const unprotected = !broken && verifier.count > 0 && verifier.unkeyed === verifier.count;
    reports.push({
      chainId,
      events: verifier.count,
      ok: !broken,
      break: broken,
      unkeyedEvents: verifier.unkeyed,
      unprotected,
      tail: verifier.tail,
    });
  }
  return reports;
}
