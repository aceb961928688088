/**
 * 行政复议与行政应诉: the statutes' words for the kinds of case and their outcomes, each with its article.
 * 复议 outcomes follow 《行政复议法》(2023) 第六十三条至第七十四条, 诉讼 judgments 《行政诉讼法》第六十九条至第七十八条.
 */
const FY = '《行政复议法》';
const XS = '《行政诉讼法》';
const JS = '《最高人民法院关于适用〈行政诉讼法〉的解释》';

export const LITIGATION_ART = {
  respondent: `${FY}第十九条`,
  simplified: `${FY}第五十三条`,
  reply: `${FY}第四十八条、第八十八条`,
  replySimplified: `${FY}第五十四条、第八十八条`,
  noReply: `${FY}第七十条`,
  coDefendant: `${XS}第二十六条`,
  defence: `${XS}第六十七条、《民事诉讼法》第八十五条`,
  evidence: `${XS}第三十四条`,
  appeal: `${XS}第八十五条、《民事诉讼法》第八十五条`,
  appealDefence: `${XS}第一百零一条、《民事诉讼法》第一百七十四条`,
  appearance: `${XS}第三条、${JS}第一百二十八条`,
  mandatoryAppearance: `${JS}第一百二十九条`,
  absence: `${JS}第一百二十九条、第一百三十二条`,
  staffStandIn: `${JS}第一百三十条、第一百三十一条`,
  reviewOutcome: `${FY}第六十三条至第七十四条`,
  courtOutcome: `${XS}第六十九条至第七十八条`,
} as const;

export const CASE_KINDS = { reconsideration: '行政复议', litigation: '行政诉讼' } as const;
export type CaseKind = keyof typeof CASE_KINDS;
export const KIND_KEYS = Object.keys(CASE_KINDS) as [CaseKind, ...CaseKind[]];

/** 行政复议决定 and other ways a review ends, with the article of each. */
export const REVIEW_OUTCOMES = {
  changed: { label: '变更', basis: `${FY}第六十三条` },
  revoked: { label: '撤销或部分撤销', basis: `${FY}第六十四条` },
  illegal: { label: '确认违法', basis: `${FY}第六十五条` },
  perform: { label: '责令履行', basis: `${FY}第六十六条` },
  void: { label: '确认无效', basis: `${FY}第六十七条` },
  upheld: { label: '维持', basis: `${FY}第六十八条` },
  dismissed: { label: '驳回复议请求', basis: `${FY}第六十九条` },
  agreement: { label: '行政协议责任', basis: `${FY}第七十一条` },
  mediated: { label: '调解结案', basis: `${FY}第七十三条` },
  withdrawn: { label: '和解撤回终止', basis: `${FY}第七十四条` },
  terminated: { label: '终止', basis: `${FY}第四十一条` },
  rejected: { label: '不予受理', basis: `${FY}第三十条` },
} as const;

/** 行政诉讼 judgments and rulings, with the article of each. */
export const COURT_OUTCOMES = {
  dismissed: { label: '驳回诉讼请求', basis: `${XS}第六十九条` },
  revoked: { label: '撤销或部分撤销', basis: `${XS}第七十条` },
  perform: { label: '判决履行', basis: `${XS}第七十二条` },
  pay: { label: '判决给付', basis: `${XS}第七十三条` },
  illegal: { label: '确认违法', basis: `${XS}第七十四条` },
  void: { label: '确认无效', basis: `${XS}第七十五条` },
  changed: { label: '判决变更', basis: `${XS}第七十七条` },
  agreement: { label: '行政协议责任', basis: `${XS}第七十八条` },
  withdrawn: { label: '撤诉', basis: `${XS}第六十二条` },
  rejected: { label: '裁定驳回起诉', basis: `${JS}第六十九条` },
} as const;

export type Outcome = keyof typeof REVIEW_OUTCOMES | keyof typeof COURT_OUTCOMES;
export const OUTCOME_KEYS = [
  ...new Set([...Object.keys(REVIEW_OUTCOMES), ...Object.keys(COURT_OUTCOMES)]),
] as [Outcome, ...Outcome[]];

/** The outcome's label and article for the case's kind, or null when the kind has no such outcome. */
export function outcomeOf(kind: CaseKind, outcome: string) {
  const table: Record<string, { label: string; basis: string }> =
    kind === 'reconsideration' ? REVIEW_OUTCOMES : COURT_OUTCOMES;
  return table[outcome] ?? null;
}

/** 判决 (appeal within 15 days) or 裁定 (10 days): 《行政诉讼法》第八十五条. */
export const DECISION_FORMS = { judgment: '判决', ruling: '裁定', decision: '复议决定' } as const;
export type DecisionForm = keyof typeof DECISION_FORMS;

/** Who appealed a first-instance judgment or ruling (上诉人). */
export const APPEALED_BY = { town: '本机关上诉', other: '对方当事人上诉' } as const;
export type AppealedBy = keyof typeof APPEALED_BY;

/** Why a case needs the leader in court (解释 第一百二十九条). */
export const MANDATORY_REASONS = {
  public_interest: '涉及重大公共利益',
  public_attention: '社会高度关注',
  mass_incident: '可能引发群体性事件',
  court_suggestion: '人民法院书面建议负责人出庭',
} as const;
export type MandatoryReason = keyof typeof MANDATORY_REASONS;
