/** Fields (执法领域) a case, an entrustment or a certificate covers. */
export const ENFORCEMENT_FIELDS = {
  safety_fire: '安全生产和消防',
  food_safety: '食品安全',
  urban_management: '市容环境和城市管理',
  ecology: '生态环境',
  other: '其他',
} as const;
export type EnforcementField = keyof typeof ENFORCEMENT_FIELDS;
export const FIELD_KEYS = Object.keys(ENFORCEMENT_FIELDS) as [
  EnforcementField,
  ...EnforcementField[],
];

/** Where the town's power in a case comes from (see the domain notes §2.1). */
export const AUTHORITY_BASES = {
  granted: '赋权（以本镇名义）', // 行政处罚法 第二十四条
  entrusted: '委托（以委托机关名义）', // 行政处罚法 第二十条
  dispatched: '派出机构', // 食品安全法 第六条
} as const;
export type AuthorityBasis = keyof typeof AUTHORITY_BASES;
export const BASIS_KEYS = Object.keys(AUTHORITY_BASES) as [AuthorityBasis, ...AuthorityBasis[]];

export const PARTY_KINDS = { citizen: '公民', organisation: '法人或者其他组织' } as const;
export type PartyKind = keyof typeof PARTY_KINDS;

export const PROCEDURES = { general: '普通程序', simple: '简易程序（当场处罚）' } as const;
export type Procedure = keyof typeof PROCEDURES;

/** Why a fine was collected on the spot (行政处罚法 第六十八条、第六十九条). */
export const COLLECTION_GROUNDS = {
  small_fine: '依法给予一百元以下罚款', // art 68 (1)
  hard_to_enforce: '不当场收缴事后难以执行', // art 68 (2)
  remote_area: '边远、水上、交通不便地区，当事人缴款确有困难并提出', // art 69
} as const;
export type CollectionGround = keyof typeof COLLECTION_GROUNDS;
export const GROUND_KEYS = Object.keys(COLLECTION_GROUNDS) as [
  CollectionGround,
  ...CollectionGround[],
];

/** The decision on evidence registered and preserved (先行登记保存, 行政处罚法 第五十六条). */
export const PRESERVATION_OUTCOMES = {
  release: '解除先行登记保存，退还当事人',
  seize: '依法采取查封、扣押措施',
  confiscate: '作为证据随案处理（拟依法没收）',
  transfer: '移送有关部门处理',
} as const;
export type PreservationOutcome = keyof typeof PRESERVATION_OUTCOMES;
export const OUTCOME_KEYS = Object.keys(PRESERVATION_OUTCOMES) as [
  PreservationOutcome,
  ...PreservationOutcome[],
];

export const ART = {
  entrust: '《行政处罚法》第二十条',
  granted: '《行政处罚法》第二十四条',
  officers: '《行政处罚法》第四十二条',
  notice: '《行政处罚法》第四十四条、第四十五条',
  filing: '《行政处罚法》第五十四条',
  preservation: '《行政处罚法》第五十六条、第八十五条',
  conclude: '《行政处罚法》第五十七条',
  notPunished: '《行政处罚法》第三十三条、第五十七条',
  collective: '《行政处罚法》第五十七条第二款',
  legalReview: '《行政处罚法》第五十八条',
  decision: '《行政处罚法》第五十九条',
  deadline: '《行政处罚法》第六十条',
  service: '《行政处罚法》第六十一条、第八十五条',
  hearing: '《行政处罚法》第六十三条',
  hearingRequest: '《行政处罚法》第六十四条、第八十五条',
  afterHearing: '《行政处罚法》第六十五条',
  payment: '《行政处罚法》第六十七条',
  simple: '《行政处罚法》第五十一条',
  spotDecision: '《行政处罚法》第五十二条',
  spotReport: '《行政处罚法》第五十二条第三款',
  /** The 备案 period counted in working days (第八十五条). */
  spotReportPeriod: '《行政处罚法》第五十二条第三款、第八十五条',
  spotCollection: '《行政处罚法》第六十八条、第六十九条、第七十条',
  handOver: '《行政处罚法》第七十一条、第八十五条',
  surcharge: '《行政处罚法》第七十二条',
  surchargeCap: '《行政强制法》第四十五条',
  urge: '《行政强制法》第三十五条',
  court: '《行政强制法》第五十三条',
  urgeWait: '《行政强制法》第五十四条',
  records: '《行政处罚法》第四十七条',
  publication: '《行政处罚法》第四十八条第一款',
  publicationWithdrawal: '《行政处罚法》第四十八条第二款、第八十五条',
  /** 行政执法公示制度: decisions published within seven working days. */
  publicationPeriod: '国办发〔2018〕118号',
  respondent: '《行政复议法》第十九条',
  certificate: '《浙江省综合行政执法条例》第二十八条',
  training: '《浙江省综合行政执法条例》第三十一条',
} as const;

/** Defaults for the art 63 "较大数额" until the town sets its own ([U]: set by province or sector). */
export const HEARING_DEFAULTS = { citizen: 10_000, organisation: 100_000 } as const;

/**
 * 简易程序 limits (行政处罚法 第五十一条: 200 元 for a citizen, 3,000 元 for an organisation; a town may set
 * lower ones) and the working days to report an on-the-spot decision (备案, art 52 ¶3; the period is a
 * local rule [U]).
 */
export const SIMPLE_DEFAULTS = { citizen: 200, organisation: 3_000, reportDays: 5 } as const;

/**
 * The judgement the decide forms start from (行政处罚法 第四十八条第一款: 具有一定社会影响的 decisions are
 * published): 是 for a general-procedure decision, 否 for a warning or small fine on the spot ([U]: each
 * town may set its own; the officers still choose on each decision).
 */
export const PUBLISHABLE_DEFAULTS = { general: true, simple: false } as const;

/**
 * 执法人员培训学时 a year (浙江省综合行政执法条例 第三十一条 requires training; the 60 学时 figure is
 * 国办发〔2023〕27号 policy [U]): the default until a town sets its own in its enforcement settings.
 */
export const TRAINING_HOURS_DEFAULT = 60;
