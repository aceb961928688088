import { RULES } from './engine.js';
import type { PreReviewKind } from './types.js';

/** A reviewer's verdict on one hit: 采纳 (accepted) or 不予采纳 (dismissed). */
export interface HitDecision {
  ruleId: string;
  decision: 'accepted' | 'dismissed';
}

/** Decided hits of one rule, e.g. from a GROUP BY over stored decisions. */
interface DecisionCount {
  ruleId: string;
  accepted: number;
  dismissed: number;
}

interface RulePrecision {
  ruleId: string;
  kind: PreReviewKind | null;
  title: string;
  accepted: number;
  dismissed: number;
  decided: number;
  /** accepted ÷ decided, 0..1 rounded to 4 places; null before any decision. */
  precision: number | null;
}

/** Counts single decisions per rule. */
export function countDecisions(decisions: Iterable<HitDecision>): DecisionCount[] {
  const m = new Map<string, DecisionCount>();
  for (const d of decisions) {
    const c = m.get(d.ruleId) ?? { ruleId: d.ruleId, accepted: 0, dismissed: 0 };
    c[d.decision] += 1;
    m.set(d.ruleId, c);
  }
  return [...m.values()];
}

/**
 * Per-rule precision from reviewers' decisions: every catalogue rule (optionally of one kind) in
 * catalogue order, then any retired rule ids still present in the counts.
 */
export function rulePrecision(
  counts: Iterable<DecisionCount>,
  kind?: PreReviewKind,
): RulePrecision[] {
  const sums = new Map<string, { accepted: number; dismissed: number }>();
  for (const c of counts) {
    const s = sums.get(c.ruleId) ?? { accepted: 0, dismissed: 0 };
    s.accepted += c.accepted;
    s.dismissed += c.dismissed;
    sums.set(c.ruleId, s);
  }
  const row = (ruleId: string, k: PreReviewKind | null, title: string): RulePrecision => {
    const { accepted, dismissed } = sums.get(ruleId) ?? { accepted: 0, dismissed: 0 };
    const decided = accepted + dismissed;
    return {
      ruleId,
      kind: k,
      title,
      accepted,
      dismissed,
      decided,
      precision: decided ? Math.round((accepted / decided) * 10_000) / 10_000 : null,
    };
  };
  const known = RULES.filter((r) => !kind || r.kind === kind);
  const ids = new Set(RULES.map((r) => r.id));
  const retired = kind ? [] : [...sums.keys()].filter((id) => !ids.has(id)).sort();
  return [
    ...known.map((r) => row(r.id, r.kind, r.title)),
    ...retired.map((id) => row(id, null, id)),
  ];
}
