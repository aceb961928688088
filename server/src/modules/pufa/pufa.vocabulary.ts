/** Question kinds (题型). */
export const QUESTION_KINDS = {
  single: '单选题',
  multiple: '多选题',
  judge: '判断题',
} as const;
export type QuestionKind = keyof typeof QUESTION_KINDS;
export const QUESTION_KIND_KEYS = Object.keys(QUESTION_KINDS) as [QuestionKind, ...QuestionKind[]];

/** A quiz's state: being set up, taking answers, or over. */
export const QUIZ_STATES = {
  draft: '未开放',
  open: '答题中',
  closed: '已结束',
} as const;
export type QuizState = keyof typeof QUIZ_STATES;

/** An attempt: answering, handed in, or handed in after the time limit (not scored). */
export const ATTEMPT_STATES = {
  started: '答题中',
  submitted: '已交卷',
  expired: '超时未交卷',
} as const;
export type AttemptState = keyof typeof ATTEMPT_STATES;

/** 普法 content kinds, published under the town's brand (桥尚法). */
export const CONTENT_KINDS = {
  article: '普法文章',
  video: '普法视频',
  livestream: '普法直播',
} as const;
export type ContentKind = keyof typeof CONTENT_KINDS;
export const CONTENT_KIND_KEYS = Object.keys(CONTENT_KINDS) as [ContentKind, ...ContentKind[]];

/** A piece's life on the portal: written, published under the brand, or taken down. */
export const CONTENT_STATES = {
  draft: '未发布',
  published: '已发布',
  withdrawn: '已撤回',
} as const;
export type ContentState = keyof typeof CONTENT_STATES;

/** Who a piece is for (八五普法 priorities: 国家工作人员, 青少年 …). */
export const AUDIENCES = {
  public: '全体村（居）民',
  cadres: '国家工作人员',
  youth: '青少年',
  elderly: '老年人',
  women: '妇女',
  enterprises: '企业经营者',
} as const;
export type Audience = keyof typeof AUDIENCES;
export const AUDIENCE_KEYS = Object.keys(AUDIENCES) as [Audience, ...Audience[]];

/** 《宁波市法治乡村建设促进条例》第二十七条: the town trains village people to be these. */
export const VILLAGE_LEADER_KINDS = {
  legal_understanding: '乡村法律明白人',
  rule_of_law_leader: '法治带头人',
} as const;
export type VillageLeaderKind = keyof typeof VILLAGE_LEADER_KINDS;
export const VILLAGE_LEADER_KIND_KEYS = Object.keys(VILLAGE_LEADER_KINDS) as [
  VillageLeaderKind,
  ...VillageLeaderKind[],
];
