/**
 * The catalogue's categories (目录分类): the fifteen kinds of information every agency publishes
 * proactively (《政府信息公开条例》第二十条) and the eight a township adds (第二十一条), each tagged with
 * the article it comes from. Keys are stable API values; labels are what users see.
 */
interface Category {
  key: string;
  /** Short label for menus and tables. */
  label: string;
  /** The statutory wording. */
  text: string;
  /** e.g. 第二十条第（一）项 */
  article: string;
  group: 'art20' | 'art21';
}

const A20 = (n: string) => `第二十条第（${n}）项`;
const A21 = '第二十一条（乡镇）';

export const CATEGORIES: readonly Category[] = [
  {
    key: 'regulations',
    label: '规范性文件',
    text: '行政法规、规章和规范性文件',
    article: A20('一'),
    group: 'art20',
  },
  {
    key: 'organization',
    label: '机构职能',
    text: '机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名',
    article: A20('二'),
    group: 'art20',
  },
  {
    key: 'plans',
    label: '规划信息',
    text: '国民经济和社会发展规划、专项规划、区域规划及相关政策',
    article: A20('三'),
    group: 'art20',
  },
  {
    key: 'statistics',
    label: '统计信息',
    text: '国民经济和社会发展统计信息',
    article: A20('四'),
    group: 'art20',
  },
  {
    key: 'licensing',
    label: '行政许可',
    text: '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果',
    article: A20('五'),
    group: 'art20',
  },
  {
    key: 'penalties',
    label: '行政处罚和强制',
    text: '实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定',
    article: A20('六'),
    group: 'art20',
  },
  {
    key: 'budget',
    label: '财政预决算',
    text: '财政预算、决算信息',
    article: A20('七'),
    group: 'art20',
  },
  {
    key: 'fees',
    label: '行政事业性收费',
    text: '行政事业性收费项目及其依据、标准',
    article: A20('八'),
    group: 'art20',
  },
  {
    key: 'procurement',
    label: '政府采购',
    text: '政府集中采购项目的目录、标准及实施情况',
    article: A20('九'),
    group: 'art20',
  },
  {
    key: 'major_projects',
    label: '重大建设项目',
    text: '重大建设项目的批准和实施情况',
    article: A20('十'),
    group: 'art20',
  },
  {
    key: 'livelihood',
    label: '民生保障',
    text: '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况',
    article: A20('十一'),
    group: 'art20',
  },
  {
    key: 'emergency',
    label: '应急管理',
    text: '突发公共事件的应急预案、预警信息及应对情况',
    article: A20('十二'),
    group: 'art20',
  },
  {
    key: 'supervision',
    label: '监督检查',
    text: '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
    article: A20('十三'),
    group: 'art20',
  },
  {
    key: 'civil_service',
    label: '公务员招考',
    text: '公务员招考的职位、名额、报考条件等事项以及录用结果',
    article: A20('十四'),
    group: 'art20',
  },
  {
    key: 'other_mandatory',
    label: '其他法定公开信息',
    text: '法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息',
    article: A20('十五'),
    group: 'art20',
  },
  {
    key: 'agri_policy',
    label: '农业农村政策',
    text: '贯彻落实农业农村政策',
    article: A21,
    group: 'art21',
  },
  {
    key: 'irrigation',
    label: '农田水利',
    text: '农田水利工程建设运营',
    article: A21,
    group: 'art21',
  },
  {
    key: 'land_transfer',
    label: '土地承包经营权流转',
    text: '农村土地承包经营权流转',
    article: A21,
    group: 'art21',
  },
  {
    key: 'homestead',
    label: '宅基地审核',
    text: '宅基地使用情况审核',
    article: A21,
    group: 'art21',
  },
  { key: 'land_expropriation', label: '土地征收', text: '土地征收', article: A21, group: 'art21' },
  { key: 'house_expropriation', label: '房屋征收', text: '房屋征收', article: A21, group: 'art21' },
  { key: 'fundraising_labor', label: '筹资筹劳', text: '筹资筹劳', article: A21, group: 'art21' },
  { key: 'social_assistance', label: '社会救助', text: '社会救助', article: A21, group: 'art21' },
];

export const CATEGORY_KEYS = CATEGORIES.map((c) => c.key) as [string, ...string[]];
const BY_KEY = new Map(CATEGORIES.map((c) => [c.key, c]));
export const categoryOf = (key: string): Category | undefined => BY_KEY.get(key);
export const categoryLabel = (key: string): string => BY_KEY.get(key)?.label ?? key;
/** As users see the basis: 《政府信息公开条例》第二十条第（一）项 */
export const categoryBasis = (key: string): string =>
  `《政府信息公开条例》${BY_KEY.get(key)?.article ?? ''}`;

/** What kind of catalogue entry: the information itself, or a policy explanation (政策解读) of another entry. */
export const ITEM_KINDS = { information: '政府信息', interpretation: '政策解读' } as const;
export type ItemKind = keyof typeof ITEM_KINDS;

/** 公开方式 as Zhejiang portals show it; art 44 lets repeatedly requested information become proactive. */
export const PUBLISH_MODES = { proactive: '主动公开', from_requests: '依申请转主动公开' } as const;
export type PublishMode = keyof typeof PUBLISH_MODES;

/** For 规范性文件 entries: which kind of document, as the annual report's 表二 (一) counts them. */
export const NORMATIVE_KINDS = {
  rule: '规章',
  normative_document: '行政规范性文件',
  other: '其他文件',
} as const;
export type NormativeKind = keyof typeof NORMATIVE_KINDS;

/** Why information is not published (不予公开), arts 14–16, each with its article. */
export const WITHHOLD_GROUNDS = {
  state_secret: { label: '属于国家秘密', article: '第十四条' },
  prohibited_by_law: { label: '法律、行政法规禁止公开', article: '第十四条' },
  security_stability: {
    label: '公开后可能危及国家安全、公共安全、经济安全、社会稳定',
    article: '第十四条',
  },
  third_party: {
    label: '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害',
    article: '第十五条',
  },
  internal_affairs: {
    label: '属于人事管理、后勤管理、内部工作流程等内部事务信息',
    article: '第十六条第一款',
  },
  process_info: {
    label: '属于讨论记录、过程稿、磋商信函、请示报告等过程性信息',
    article: '第十六条第二款',
  },
  enforcement_files: { label: '属于行政执法案卷信息', article: '第十六条第二款' },
} as const;
export type WithholdGround = keyof typeof WITHHOLD_GROUNDS;
export const WITHHOLD_GROUND_KEYS = Object.keys(WITHHOLD_GROUNDS) as [
  WithholdGround,
  ...WithholdGround[],
];
export const withholdBasis = (g: WithholdGround) =>
  `《政府信息公开条例》${WITHHOLD_GROUNDS[g].article}`;
