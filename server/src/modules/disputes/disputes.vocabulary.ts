/**
 * 矛盾纠纷 intake channels (受理渠道), the 2024 report's four sources (四源), handlers and outcomes.
 * The channel list follows the domain notes §4.2; which channel counts toward which source is the
 * town's reading of "四源治理" ([U]: the term has no official definition), stated with the indicator.
 */
export const CHANNELS = {
  police110: '110非警务警情分流',
  hotline12345: '12345政务服务便民热线',
  court: '法院委派（诉前调解）',
  petition_letter: '信访（来信）',
  petition_visit: '信访（来访）',
  petition_online: '信访（网上）',
  odr: '浙江解纷码 / ODR',
  grid: '网格员上报',
  walk_in: '当事人来访申请',
  village: '村调委会移送',
  department: '部门移送',
} as const;
export type Channel = keyof typeof CHANNELS;
export const CHANNEL_KEYS = Object.keys(CHANNELS) as [Channel, ...Channel[]];

/** 四源治理: 警源分治、诉源善治、访源精治、险源根治. */
export const SOURCES = {
  police: '警源',
  litigation: '诉源',
  petition: '访源',
  risk: '险源',
} as const;
export type Source = keyof typeof SOURCES;

/** Which source a channel feeds (channels not listed count under none of the four). */
export const SOURCE_OF: Partial<Record<Channel, Source>> = {
  police110: 'police',
  court: 'litigation',
  odr: 'litigation',
  petition_letter: 'petition',
  petition_visit: 'petition',
  petition_online: 'petition',
  hotline12345: 'petition',
  grid: 'risk',
  village: 'risk',
};

/** Who handles a dispute once routed (承办调解组织). */
export const HANDLER_KINDS = {
  village_committee: '村人民调解委员会',
  town_committee: '镇人民调解委员会',
  professional_committee: '专业性人民调解委员会',
  department: '职能部门',
  court: '人民法院',
} as const;
export type HandlerKind = keyof typeof HANDLER_KINDS;
export const HANDLER_KEYS = Object.keys(HANDLER_KINDS) as [HandlerKind, ...HandlerKind[]];

/** How a dispute was concluded (办结). */
export const OUTCOMES = {
  written: '达成书面调解协议',
  oral: '达成口头调解协议',
  failed: '调解不成，终止调解',
  declined: '当事人拒绝调解',
} as const;
export type Outcome = keyof typeof OUTCOMES;

export const PARTY_ROLES = { applicant: '申请人', respondent: '被申请人' } as const;
export type PartyRole = keyof typeof PARTY_ROLES;

export const ART = {
  refuse: '《人民调解法》第十七条',
  referral: '《人民调解法》第十八条',
  choose: '《人民调解法》第二十三条',
  fail: '《人民调解法》第二十六条',
  records: '《人民调解法》第二十七条',
  written: '《人民调解法》第二十九条',
  oral: '《人民调解法》第二十八条、第三十条',
  confirm: '《人民调解法》第三十三条',
  confirmCourt: '《民事诉讼法》第二百零五条',
  period: '《宁波市人民调解条例》第二十七条',
  precourt: '《民事诉讼法》第一百二十五条',
} as const;

/** 纠纷类型 (the kinds the town's 调解台账 groups by). */
export const CATEGORIES = {
  family: '婚姻家庭',
  neighbour: '邻里纠纷',
  damages: '损害赔偿',
  contract: '合同纠纷',
  labour: '劳动争议',
  land: '土地山林',
  property: '房屋宅基地',
  other: '其他纠纷',
} as const;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_KEYS = Object.keys(CATEGORIES) as [Category, ...Category[]];
