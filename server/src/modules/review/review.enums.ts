/**
 * The vocabulary of 合法性审查: item types, workflow states, conclusions and the other enumerations,
 * each with the Chinese term users see. Keys are stable API values.
 */

/** 审查事项类型 (domain §1.3). */
export const ITEM_TYPES = {
  normative_doc: '行政规范性文件',
  major_decision: '重大行政决策',
  major_enforcement: '重大行政执法决定',
  gov_contract: '行政机关合同（行政协议）',
  village_contract: '村级合同',
  village_rules: '村规民约（居民公约）',
  other: '其他事项',
} as const;
export type ItemType = keyof typeof ITEM_TYPES;
export const ITEM_TYPE_KEYS = Object.keys(ITEM_TYPES) as ItemType[];

/** Items a village (or community) submits and adopts itself; the others come from town offices. */
const VILLAGE_TYPES: readonly ItemType[] = ['village_contract', 'village_rules'];
export const CONTRACT_TYPES: readonly ItemType[] = ['gov_contract', 'village_contract'];
export const isVillageType = (t: ItemType) => VILLAGE_TYPES.includes(t);

/** Workflow states (domain §1.4). */
export const STATES = {
  draft: '草拟中',
  submitted: '已送审',
  returned: '退回补正',
  accepted: '已受理',
  under_review: '审查中',
  co_review: '县级协审中',
  opinion_issued: '已出具审查意见',
  feedback_given: '已反馈采纳情况',
  decided: '已决定（签署/发布）',
  filed: '已备案',
  archived: '已归档',
  withdrawn: '已撤回',
} as const;
export type State = keyof typeof STATES;
export const STATE_KEYS = Object.keys(STATES) as State[];

/** 审查结论 (domain §1.7). `returned` is recorded by the return-for-correction step, not as an opinion. */
export const CONCLUSIONS = {
  lawful: '合法，同意提交',
  lawful_with_suggestions: '原则同意，建议修改',
  revise: '修改完善后重新报审',
  unlawful: '不合法，不予通过',
  returned: '材料不全，退回补充',
  risk_disclosed: '明示法律风险',
} as const;
export type Conclusion = keyof typeof CONCLUSIONS;
export const OPINION_CONCLUSIONS = [
  'lawful',
  'lawful_with_suggestions',
  'revise',
  'unlawful',
  'risk_disclosed',
] as const;
export type OpinionConclusion = (typeof OPINION_CONCLUSIONS)[number];
/** Conclusions after which the item may go on to discussion, signing or publication. */
export const PASSING_CONCLUSIONS: readonly Conclusion[] = [
  'lawful',
  'lawful_with_suggestions',
  'risk_disclosed',
];

/** The five review dimensions (domain §1.6). */
export const DIMENSIONS = {
  subject: '主体',
  authority: '权限',
  procedure: '程序',
  content: '内容',
  form: '形式',
} as const;
export type Dimension = keyof typeof DIMENSIONS;
export const DIMENSION_KEYS = Object.keys(DIMENSIONS) as Dimension[];

/** One dimension's result in the reviewer's checklist. */
export const CHECK_RESULTS = { pass: '符合', issue: '存在问题', not_applicable: '不适用' } as const;
export type CheckResult = keyof typeof CHECK_RESULTS;

/** 采纳情况反馈. */
export const ADOPTIONS = {
  adopted: '全部采纳',
  partly: '部分采纳',
  not_adopted: '未采纳',
} as const;
export type Adoption = keyof typeof ADOPTIONS;

/** How the item was finally acted on. */
export const DECISION_KINDS = {
  discussed: '集体讨论决定',
  signed: '签订合同',
  published: '印发（发布）',
  voted: '村民会议表决通过',
} as const;
export type DecisionKind = keyof typeof DECISION_KINDS;

/** Where the review happened: on the platform, or offline (e.g. the 三清一促 clean-up) and recorded later. */
export const CHANNELS = { platform: '平台审查', offline: '线下审查（补录）' } as const;
export type Channel = keyof typeof CHANNELS;

/** 简易程序 for template contracts (domain §1.8, Haishu practice). */
export const TRACKS = { standard: '一般程序', simplified: '简易程序' } as const;
export type Track = keyof typeof TRACKS;

/** Where the decided item is filed (备案). */
export const FILING_TARGETS = { county: '县级合法性审查中心', town: '镇人民政府' } as const;
export type FilingTarget = keyof typeof FILING_TARGETS;

/** The reviewer's decision on one pre-review hit. */
export const HIT_DECISIONS = { pending: '待处理', accepted: '采纳', dismissed: '不采纳' } as const;
export type HitDecision = keyof typeof HIT_DECISIONS;

export const labelOf = <T extends Record<string, string>>(
  map: T,
  key: string | null | undefined,
): string | null => (key ? ((map as Record<string, string>)[key] ?? key) : null);
