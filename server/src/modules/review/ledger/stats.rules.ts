import { countDecisions, rulePrecision, type HitDecision } from '../rules/precision.js';

/** Per-rule pre-review statistics: hits, the reviewers' decisions and the engine's precision figure. */

/** A share as a fraction 0–1 rounded to 3 places, or null when there is nothing to divide. */
export const rate = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;

interface RuleStat {
  ruleId: string;
  title: string;
  hits: number;
  accepted: number;
  dismissed: number;
  pending: number;
  /** accepted ÷ (accepted + dismissed): how often the rule's hits were real problems. */
  precision: number | null;
}

/** Rules that produced hits, in catalogue order. */
export function ruleStats(hits: { ruleId: string; decision: string }[]): RuleStat[] {
  const tally = new Map<string, { hits: number; pending: number }>();
  for (const h of hits) {
    const t = tally.get(h.ruleId) ?? { hits: 0, pending: 0 };
    t.hits += 1;
    if (h.decision === 'pending') t.pending += 1;
    tally.set(h.ruleId, t);
  }
  const decided = hits.filter(
    (h): h is HitDecision => h.decision === 'accepted' || h.decision === 'dismissed',
  );
  return rulePrecision(countDecisions(decided))
    .filter((r) => tally.has(r.ruleId))
    .map((r) => ({
      ruleId: r.ruleId,
      title: r.title,
      hits: tally.get(r.ruleId)!.hits,
      accepted: r.accepted,
      dismissed: r.dismissed,
      pending: tally.get(r.ruleId)!.pending,
      precision: r.precision,
    }));
}
