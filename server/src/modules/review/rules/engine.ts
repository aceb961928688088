/**
 * 智能预审 (automatic pre-review): a pure, table-driven rules engine. It splits the text into
 * clauses, runs the rules of its kind, and returns leads for the reviewer with the exact clause
 * and its offsets. No I/O; the caller passes settings (thresholds, working calendar).
 */
import { buildWorkCalendar } from '../../../core/calendar/index.js';
import { badRequest } from '../../../core/errors.js';
import { KINDS, RULE_TABLE } from './catalogue.js';
import { normalize, splitClauses } from './clauses.js';
import { FIELD_SCHEMAS } from './fields.js';
import { imposes } from './negation.js';
import { DEFAULT_THRESHOLDS } from './thresholds.js';
import type {
  Clause,
  ClauseTest,
  Doc,
  Finding,
  Hit,
  PreReviewKind,
  PreReviewOptions,
  Rule,
  RuleInfo,
} from './types.js';

export type { Hit, PreReviewKind, PreReviewOptions, RuleInfo, Severity } from './types.js';
export { extractDocxText } from './docx-text.js';

export interface PreReviewInput {
  kind: PreReviewKind;
  text: string;
  /** Per kind: see villageRulesFields, contractFields, fairCompetitionFields in fields.ts. */
  fields?: Record<string, unknown>;
}

/** The catalogue users see: every rule with its Chinese title, severity and basis. */
export const RULES: readonly RuleInfo[] = KINDS.flatMap((k) =>
  (RULE_TABLE[k] as readonly RuleInfo[]).map(
    ({ id, kind, title, severity, basis, suggestion }) => ({
      id,
      kind,
      title,
      severity,
      basis,
      suggestion,
    }),
  ),
);

const ORDER = new Map(RULES.map((r, i) => [r.id, i]));
const WEEKENDS_ONLY = buildWorkCalendar([], []);

const passes = (t: ClauseTest, s: string) =>
  t.all.every((re) => re.test(s)) &&
  !(t.none ?? []).some((re) => re.test(s)) &&
  (!t.sanction || imposes(t.sanction, s));

function clauseHits<F>(rule: Rule<F>, doc: Doc<F>): Clause[] {
  const tests: readonly ClauseTest[] = rule.match
    ? Array.isArray(rule.match)
      ? rule.match
      : [rule.match as ClauseTest]
    : [];
  // A clause can match only if the whole text does: skip the clause scan for most rules.
  const live = tests.filter((t) => t.all.every((re) => re.test(doc.norm)));
  if (!live.length) return [];
  return doc.clauses.filter((c) => live.some((t) => passes(t, c.norm)));
}

const toHit = (rule: RuleInfo, f: Finding): Hit => ({
  ruleId: rule.id,
  severity: f.severity ?? rule.severity,
  title: f.title ?? rule.title,
  clause: f.clause?.text ?? '',
  start: f.clause?.start ?? 0,
  end: f.clause?.end ?? 0,
  basis: f.basis ?? rule.basis,
  suggestion: f.suggestion ?? rule.suggestion,
});

function parseFields(kind: PreReviewKind, fields: Record<string, unknown> | undefined) {
  const schema = FIELD_SCHEMAS[kind];
  if (!schema) throw badRequest(`不支持的预审类型：${String(kind)}`);
  const parsed = schema.safeParse(fields ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: `fields.${i.path.join('.')}`,
      message: i.message,
    }));
    throw badRequest(
      `预审字段有误：${details.map((d) => `${d.path} ${d.message}`).join('；')}`,
      details,
    );
  }
  return parsed.data;
}

/**
 * Runs the rules of `input.kind` over the text and fields. Hits come in text order (whole-document
 * findings last); a hit on a clause where a more specific rule fired (`yieldsTo`) is dropped.
 * Throws a 400 AppError when the fields do not fit their schema.
 */
export function preReview(input: PreReviewInput, options: PreReviewOptions = {}): Hit[] {
  const fields = parseFields(input.kind, input.fields);
  const doc: Doc<typeof fields> = {
    text: input.text,
    norm: normalize(input.text),
    clauses: splitClauses(input.text),
    fields,
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
    calendar: options.calendar ?? WEEKENDS_ONLY,
  };
  const rules = RULE_TABLE[input.kind] as readonly Rule<typeof fields>[];
  const hits: Hit[] = [];
  for (const rule of rules) {
    for (const c of clauseHits(rule, doc)) hits.push(toHit(rule, { clause: c }));
    if (rule.check) for (const f of rule.check(doc)) hits.push(toHit(rule, f));
  }
  const at = (h: Hit) => `${h.start}:${h.end}:${h.ruleId}`;
  const present = new Set(hits.map(at));
  const yields = new Map(rules.filter((r) => r.yieldsTo).map((r) => [r.id, r.yieldsTo!]));
  return hits
    .filter(
      (h) =>
        !h.clause ||
        !(yields.get(h.ruleId) ?? []).some((other) => present.has(`${h.start}:${h.end}:${other}`)),
    )
    .sort(
      (a, b) =>
        (a.clause ? a.start : Infinity) - (b.clause ? b.start : Infinity) ||
        ORDER.get(a.ruleId)! - ORDER.get(b.ruleId)!,
    );
}
