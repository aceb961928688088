/**
 * 重大行政决策: the articles each rule cites, the catalogue's procedure requirements and the answers to a
 * public comment. Article numbers are checked against 重大行政决策程序暂行条例 (2019) in shared/laws.
 */
const TL = '《重大行政决策程序暂行条例》';

export const DECISION_ART = {
  catalogue: `${TL}第三条、《宁波市法治乡村建设促进条例》第十二条`,
  launch: `${TL}第十一条`,
  drafting: `${TL}第十二条`,
  participation: `${TL}第十四条`,
  commentPeriod: `${TL}第十五条`,
  hearing: `${TL}第十六条`,
  hearingRecord: `${TL}第十七条`,
  experts: `${TL}第十九条`,
  expertSelection: `${TL}第二十条`,
  expertPool: `${TL}第二十一条`,
  risk: `${TL}第二十二条`,
  riskReport: `${TL}第二十三条`,
  riskControl: `${TL}第二十四条`,
  legality: `${TL}第二十五条`,
  legalityTime: `${TL}第二十六条`,
  materials: `${TL}第二十九条`,
  meeting: `${TL}第三十条`,
  party: `${TL}第三十一条`,
  publication: `${TL}第三十二条`,
  archive: `${TL}第三十三条`,
  execution: `${TL}第三十四条`,
  evaluation: `${TL}第三十六条`,
  change: `${TL}第三十七条`,
  fairCompetition: `${TL}第二十九条、《公平竞争审查条例》第十八条`,
} as const;

/** 履行程序要求: the procedures a catalogue entry names (legality review and collective decision always). */
export const PROCEDURES = {
  public_participation: '公众参与',
  hearing: '听证',
  expert_review: '专家论证',
  risk_assessment: '风险评估',
  fair_competition: '公平竞争审查',
  legality_review: '合法性审查',
  collective_decision: '集体讨论决定',
} as const;
export type Procedure = keyof typeof PROCEDURES;
export const PROCEDURE_KEYS = Object.keys(PROCEDURES) as [Procedure, ...Procedure[]];
/** 条例 第二十五条、第三十条: every major decision is reviewed for legality and decided collectively. */
export const ALWAYS: readonly Procedure[] = ['legality_review', 'collective_decision'];

export const CATALOGUE_STATES = {
  draft: '编制中',
  approved: '已经党委同意',
  published: '已公布',
} as const;
export type CatalogueState = keyof typeof CATALOGUE_STATES;

export const CHANGE_KINDS = { add: '新增', adjust: '调整', withdraw: '撤销' } as const;
export type ChangeKind = keyof typeof CHANGE_KINDS;

/** How the office answers a citizen's comment (采纳情况). */
export const ADOPTIONS = { adopted: '采纳', partly: '部分采纳', not_adopted: '不予采纳' } as const;
export type Adoption = keyof typeof ADOPTIONS;
export const ADOPTION_KEYS = Object.keys(ADOPTIONS) as [Adoption, ...Adoption[]];

export const MODERATIONS = { pending: '待审核', shown: '已公开', hidden: '不予公开' } as const;
export type Moderation = keyof typeof MODERATIONS;

export const RISK_LEVELS = { controllable: '风险可控', uncontrollable: '风险不可控' } as const;
export type RiskLevel = keyof typeof RISK_LEVELS;

/** 风险等级 of the 风险评估报告 (第二十三条), besides its conclusion on controllability. */
export const RISK_GRADES = { high: '高风险', medium: '中风险', low: '低风险' } as const;
export type RiskGrade = keyof typeof RISK_GRADES;

export const FCR_CONCLUSIONS = {
  compliant: '符合公平竞争审查标准',
  exception: '适用例外规定（已说明理由）',
  noncompliant: '违反审查标准',
} as const;
export type FcrConclusion = keyof typeof FCR_CONCLUSIONS;

/** 条例 第二十九条: what the office sends to the meeting. */
export const MATERIALS = {
  draft: '决策草案及说明',
  comments: '公众意见研究采纳情况',
  experts: '专家论证意见采纳情况',
  risk: '风险评估报告',
  legality: '合法性审查意见',
  fair_competition: '公平竞争审查情况',
} as const;
export type Material = keyof typeof MATERIALS;

/** The notices the town issues for a decision, in the order of the procedure. */
export const NOTICES = {
  comment: '征求意见公告',
  hearing: '听证公告',
  adoption: '公众意见采纳情况说明',
  publication: '重大行政决策公告',
} as const;
export type NoticeKind = keyof typeof NOTICES;
export const NOTICE_KINDS = Object.keys(NOTICES) as [NoticeKind, ...NoticeKind[]];
