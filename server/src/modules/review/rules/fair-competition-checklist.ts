/**
 * 公平竞争审查条例 (State Council, in force 2024-08-01): the 19 standards of arts 8–11 and the
 * art 12 exceptions, as the reviewer's checklist. Wording is a summary, not the statute text.
 */

/** FcrStandardGroup: 市场准入和退出 / 商品要素自由流动 / 影响生产经营成本 / 影响生产经营行为. */
type FcrGroup = 'entry_exit' | 'free_flow' | 'cost' | 'conduct';

export const FCR_GROUPS: Record<FcrGroup, { name: string; article: number; articleText: string }> =
  {
    entry_exit: { name: '市场准入和退出标准', article: 8, articleText: '第八条' },
    free_flow: { name: '商品和要素自由流动标准', article: 9, articleText: '第九条' },
    cost: { name: '影响生产经营成本标准', article: 10, articleText: '第十条' },
    conduct: { name: '影响生产经营行为标准', article: 11, articleText: '第十一条' },
  };

interface FcrStandard {
  /** "8.3" = art 8 item (3). */
  code: string;
  group: FcrGroup;
  article: number;
  item: number;
  /** 《公平竞争审查条例》第八条第（三）项 */
  basis: string;
  text: string;
}

const ITEM = ['', '一', '二', '三', '四', '五', '六'];

const s = (group: FcrGroup, item: number, text: string): FcrStandard => {
  const g = FCR_GROUPS[group];
  return {
    code: `${g.article}.${item}`,
    group,
    article: g.article,
    item,
    basis: `《公平竞争审查条例》${g.articleText}第（${ITEM[item]}）项`,
    text,
  };
};

export const FCR_STANDARDS: readonly FcrStandard[] = [
  s('entry_exit', 1, '对市场准入负面清单以外的行业、领域、业务违法设置审批程序'),
  s('entry_exit', 2, '违法设置或者授予特许经营权'),
  s('entry_exit', 3, '限定经营、购买或者使用特定经营者提供的商品或者服务'),
  s('entry_exit', 4, '设置不合理或者歧视性的准入、退出条件'),
  s('entry_exit', 5, '其他限制或者变相限制市场准入和退出的内容'),
  s('free_flow', 1, '限制外地或者进口商品、要素进入本地市场，或者阻碍本地经营者迁出、商品要素输出'),
  s('free_flow', 2, '排斥、限制或者强制外地经营者在本地投资经营或者设立分支机构'),
  s('free_flow', 3, '排斥、限制外地经营者参加本地政府采购、招标投标'),
  s('free_flow', 4, '对外地或者进口商品、要素设置歧视性收费、价格或者补贴'),
  s('free_flow', 5, '在资质标准、监管执法等方面对外地经营者设置歧视性要求'),
  s('free_flow', 6, '其他限制商品、要素自由流动的内容'),
  s('cost', 1, '没有法律、行政法规依据或者未经国务院批准，给予特定经营者税收优惠'),
  s(
    'cost',
    2,
    '没有法律、行政法规依据或者未经国务院批准，给予特定经营者选择性、差异化的财政奖励或者补贴',
  ),
  s(
    'cost',
    3,
    '没有法律、行政法规依据或者未经国务院批准，给予特定经营者要素获取、行政事业性收费、政府性基金、社会保险费等方面的优惠',
  ),
  s('cost', 4, '其他影响生产经营成本的内容'),
  s('conduct', 1, '强制或者变相强制经营者实施垄断行为，或者为其实施垄断行为提供便利'),
  s('conduct', 2, '超越法定权限制定政府指导价、政府定价，或者为特定经营者提供优惠价格'),
  s('conduct', 3, '违法干预实行市场调节价的商品、要素的价格水平'),
  s('conduct', 4, '其他影响生产经营行为的内容'),
];

/** FcrException (art 12). */
export type FcrException = 'security' | 'innovation' | 'public_interest' | 'other_statutory';

export const FCR_EXCEPTIONS: readonly { key: FcrException; basis: string; text: string }[] = [
  {
    key: 'security',
    basis: '《公平竞争审查条例》第十二条第（一）项',
    text: '维护国家安全和发展利益',
  },
  {
    key: 'innovation',
    basis: '《公平竞争审查条例》第十二条第（二）项',
    text: '促进科学技术进步、增强国家自主创新能力',
  },
  {
    key: 'public_interest',
    basis: '《公平竞争审查条例》第十二条第（三）项',
    text: '实现节约能源、保护环境、救灾救助等社会公共利益',
  },
  {
    key: 'other_statutory',
    basis: '《公平竞争审查条例》第十二条第（四）项',
    text: '法律、行政法规规定的其他情形',
  },
];

/** All three must hold for an exception to apply (art 12 and art 17 para 2). */
export const FCR_EXCEPTION_CONDITIONS: readonly {
  key: 'noLessRestrictiveAlternative' | 'hasTermOrEndCondition' | 'explainedInConclusion';
  basis: string;
  text: string;
}[] = [
  {
    key: 'noLessRestrictiveAlternative',
    basis: '《公平竞争审查条例》第十二条',
    text: '没有对公平竞争影响更小的替代方案',
  },
  {
    key: 'hasTermOrEndCondition',
    basis: '《公平竞争审查条例》第十二条',
    text: '能够确定合理的实施期限或者终止条件',
  },
  {
    key: 'explainedInConclusion',
    basis: '《公平竞争审查条例》第十七条第二款',
    text: '在审查结论中详细说明适用例外的理由',
  },
];

const byCode = new Map(FCR_STANDARDS.map((x) => [x.code, x]));

/** The standard for a code such as "9.3". */
export function fcrStandard(code: string): FcrStandard {
  const found = byCode.get(code);
  if (!found) throw new Error(`unknown fair-competition standard ${code}`);
  return found;
}
