/**
 * 三务公开 vocabulary: the three kinds of affairs, what the law says must be published (with the
 * article), how often, and the complaint channels. Keys are stable API values.
 */
export const AFFAIR_CATEGORIES = { party: '党务', village: '村务', finance: '财务' } as const;
export type AffairCategory = keyof typeof AFFAIR_CATEGORIES;
export const AFFAIR_CATEGORY_KEYS = Object.keys(AFFAIR_CATEGORIES) as [
  AffairCategory,
  ...AffairCategory[],
];

/** 一般事项 are published per period; 重大事项 immediately (随时公布). */
export const MATTER_KINDS = { regular: '一般事项', major: '涉及村民利益的重大事项' } as const;
export type MatterKind = keyof typeof MATTER_KINDS;

const ORG = '《村民委员会组织法》第三十条';
const ZJ = '《浙江省实施〈中华人民共和国村民委员会组织法〉办法》第二十九条';

/** What must be published, per 村民委员会组织法 第三十条 and the Zhejiang measures 第二十九条. */
export const SUBJECTS = {
  meeting_decisions: {
    label: '村民会议、村民代表会议讨论决定的事项及其实施情况',
    category: 'village',
    basis: `${ORG}第一款第（一）项；${ZJ}第一款第（一）项`,
  },
  family_planning: {
    label: '国家计划生育政策的落实方案',
    category: 'village',
    basis: `${ORG}第一款第（二）项；${ZJ}第一款第（四）项`,
  },
  assist_government: {
    label: '村民委员会协助人民政府开展工作的情况',
    category: 'village',
    basis: `${ORG}第一款第（四）项`,
  },
  other_concerns: {
    label: '涉及本村村民利益、村民普遍关心的其他事项',
    category: 'village',
    basis: `${ORG}第一款第（五）项；${ZJ}第一款第（六）项`,
  },
  relief_funds: {
    label: '政府拨付和接受社会捐赠的救灾救助、补贴补助等资金、物资的管理使用情况',
    category: 'finance',
    basis: `${ORG}第一款第（三）项；${ZJ}第一款第（二）项`,
  },
  finances: { label: '村财务收支情况', category: 'finance', basis: `${ZJ}第一款第（三）项` },
  social_security: {
    label: '最低生活保障、医疗救助、临时救助等的享受对象、标准和特困人员供养对象',
    category: 'finance',
    basis: `${ZJ}第一款第（五）项`,
  },
  party_affairs: {
    label: '党组织建设、党员发展、党费收缴使用等党务事项',
    category: 'party',
    basis: '《中国共产党党务公开条例（试行）》[U]',
  },
} as const;
export type Subject = keyof typeof SUBJECTS;
export const SUBJECT_KEYS = Object.keys(SUBJECTS) as [Subject, ...Subject[]];

/** 一般事项至少每季度公布一次；集体财务往来较多的，财务收支情况应当每月公布一次. */
export const FREQUENCIES = { quarterly: '每季度至少公布一次', monthly: '每月公布一次' } as const;
export type Frequency = keyof typeof FREQUENCIES;
export const FREQUENCY_BASIS = `${ORG}第二款；${ZJ}第二款`;

export const COMPLAINT_KINDS = {
  not_published: '应当公布而未及时公布',
  untrue: '公布的事项不真实',
} as const;
export const COMPLAINT_CHANNELS = {
  visit: '来访',
  letter: '来信',
  phone: '来电',
  online: '网上反映',
} as const;
export const COMPLAINT_BASIS = '《村民委员会组织法》第三十一条';
export const REVIEW_BASIS =
  '《浙江省实施〈中华人民共和国村民委员会组织法〉办法》第三十条、第三十二条';
