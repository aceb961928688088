import type { WorkCalendar } from '../../../core/calendar/index.js';
import type { Thresholds } from './thresholds.js';

/** What is being pre-reviewed: 村规民约 / 合同 / 涉企政策措施（公平竞争审查）. */
export type PreReviewKind = 'village_rules' | 'contract' | 'fair_competition';

/** high: strike the clause (unlawful); medium: revise or supply materials; low: point for the reviewer. */
export type Severity = 'high' | 'medium' | 'low';

/** One sentence or numbered item of the text, with its position in the original string. */
export interface Clause {
  readonly text: string;
  /** `text` with full-width digits and signs made ASCII; what the patterns run on. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/** A lead for the human reviewer (never a finding by itself). `start`/`end` index the original text; both 0 with an empty clause for whole-document findings. */
export interface Hit {
  ruleId: string;
  severity: Severity;
  title: string;
  clause: string;
  start: number;
  end: number;
  basis: string;
  suggestion: string;
}

/** A rule as users see it in the catalogue (UI lists, per-rule statistics). */
export interface RuleInfo {
  readonly id: string;
  readonly kind: PreReviewKind;
  readonly title: string;
  readonly severity: Severity;
  /** Law and article, as users read it: 《妇女权益保障法》第五十五条. */
  readonly basis: string;
  /** Suggested wording or action. */
  readonly suggestion: string;
}

/**
 * Fires on each clause that matches every `all` pattern and none of the `none` patterns, and where
 * the `sanction` (if given) is imposed on someone rather than forbidden (see negation.ts).
 */
export interface ClauseTest {
  readonly all: readonly RegExp[];
  readonly none?: readonly RegExp[];
  /** The measure the rule looks for; a clause that forbids it ("不得…罚款") protects and is no hit. */
  readonly sanction?: RegExp;
}

/** A whole-document result; omitted properties fall back to the rule's. */
export interface Finding {
  clause?: Clause;
  title?: string;
  severity?: Severity;
  basis?: string;
  suggestion?: string;
}

/** Everything a rule may look at. `norm` is the text with full-width digits and signs made ASCII (same length). */
export interface Doc<F> {
  readonly text: string;
  readonly norm: string;
  readonly clauses: readonly Clause[];
  readonly fields: F;
  readonly thresholds: Thresholds;
  readonly calendar: WorkCalendar;
}

export interface Rule<F> extends RuleInfo {
  /** One test or several alternatives (any may fire). */
  readonly match?: ClauseTest | readonly ClauseTest[];
  readonly check?: (doc: Doc<F>) => Finding[];
  /** Drop this rule's hit on a clause where one of these more specific rules fired. */
  readonly yieldsTo?: readonly string[];
}

/** Caller-supplied settings: thresholds marked [U] in the domain file, and the working calendar. */
export interface PreReviewOptions {
  thresholds?: Partial<Thresholds>;
  /** For the 10-day filing period of 村规民约 (a period ending on a rest day moves on, 民法典 art 203). Weekends only if absent. */
  calendar?: WorkCalendar;
}
