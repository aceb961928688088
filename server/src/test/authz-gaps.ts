import type { Outcome } from './authz-expect.js';
import type { Scope } from './authz-fixtures.js';

/**
 * Where today's server answers differently from its row in authz-matrix.ts: findings reported to the
 * owners of those modules. The matrix test tolerates exactly these cases and fails once one of them
 * no longer occurs (the fix landed: delete the entry), so this list can only shrink.
 */
export interface KnownGap {
  /** Routes (`METHOD /path`) it concerns. */
  route: RegExp;
  /** Callers (`username(role)`); all when absent. */
  caller?: RegExp;
  scopes?: Scope[];
  /** What the server answers today instead of the row's answer. */
  got: Outcome;
  finding: string;
}

export const KNOWN_GAPS: KnownGap[] = [
  {
    route: /^(POST|PUT|PATCH|DELETE) \/api\/v1\/(disclosure|village-affairs)\//,
    caller: /^county\(/,
    got: 'allowed',
    finding:
      '政务公开 / 三务公开 writes: a county-level account (county, office_clerk of 慈溪市司法局) may still draft, handle and ' +
      "configure a town's records (2xx, or a 409/422 state refusal after passing authorisation); the level-aware " +
      'disclosure policy is to refuse it with 403. Owner: the level-aware disclosure policies branch.',
  },
  {
    route: /^[A-Z]+ \/api\/v1\/review\/items\/\{id\}/,
    caller: /^county\(/,
    scopes: ['own', 'sibling'],
    got: 'not_found',
    finding:
      '合法性审查 items: a county-level office_clerk (holds review.item.read/submit/accept/co_review) gets 404 on every ' +
      "town item in its county, also when it lacks the step's permission (403 expected), because review.policy.ts " +
      'shows county staff only what was sent to them (co-review, filings). If that is the rule, the rows need a ' +
      'level condition; if not, the policy is too narrow. Owner: the review workflow kernel branch.',
  },
];
