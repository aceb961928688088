import type { ItemFields } from './review.fields.js';
import type { ItemType } from './review.enums.js';

/**
 * 送审材料清单 per item type: what the submitter must supply before the coordinator can accept the item
 * (missing materials → 退回补正). Pure; `required` may depend on the item's facts.
 */

interface MaterialSpec {
  key: string;
  label: string;
  required: boolean;
  /** Why it is required, as users see it. */
  basis: string | null;
}

export interface MaterialContext {
  type: ItemType;
  fields: ItemFields;
  affectsMarket: boolean;
  /** 农村产权交易市场 threshold set by the county (fen); see review.settings.ts. */
  tradingThresholdFen: number;
}

type Spec = {
  key: string;
  label: string;
  basis?: string;
  when?: (c: MaterialContext) => boolean;
  optional?: true;
};

const DRAFT: Spec = { key: 'draft', label: '送审稿（文本）' };
const FCR: Spec = {
  key: 'fcr_conclusion',
  label: '公平竞争审查结论',
  basis: '《公平竞争审查条例》第十七条、第十八条',
  when: (c) => c.affectsMarket,
};
const LICENCE: Spec = {
  key: 'counterparty_licence',
  label: '相对方营业执照或身份证明、资质证书',
  basis: '《民法典》第一百四十三条（民事主体适格）',
};

const SPECS: Record<ItemType, Spec[]> = {
  normative_doc: [
    DRAFT,
    { key: 'drafting_explanation', label: '起草说明' },
    { key: 'legal_basis', label: '制定依据（法律、法规、规章及政策文件）' },
    { key: 'comment_summary', label: '征求意见及采纳情况' },
    FCR,
  ],
  major_decision: [
    DRAFT,
    { key: 'drafting_explanation', label: '决策草案起草说明' },
    {
      key: 'procedure_statement',
      label: '有关依据及履行决策法定程序的说明',
      basis: '《重大行政决策程序暂行条例》第二十六条',
    },
    {
      key: 'public_participation',
      label: '公众参与及意见采纳情况',
      basis: '《重大行政决策程序暂行条例》第十四条',
    },
    { key: 'expert_opinion', label: '专家论证意见', optional: true },
    { key: 'risk_assessment', label: '风险评估报告', optional: true },
    FCR,
  ],
  major_enforcement: [
    DRAFT,
    { key: 'case_file', label: '案卷材料（调查取证、告知、陈述申辩或听证记录）' },
    { key: 'investigation_report', label: '案件调查终结报告' },
  ],
  gov_contract: [
    DRAFT,
    LICENCE,
    { key: 'decision_basis', label: '立项或决策依据（会议纪要、批复）' },
    { key: 'procurement_record', label: '招标或政府采购文件', optional: true },
    FCR,
  ],
  village_contract: [
    DRAFT,
    LICENCE,
    {
      key: 'assembly_resolution',
      label: '村民（代表）会议或成员（代表）大会决议及表决记录',
      basis: '《村民委员会组织法》第二十四条；《浙江省农村集体资产管理条例》第十七条',
    },
    {
      key: 'publicity_record',
      label: '方案公示及征求意见材料（不少于十五日）',
      basis: '《浙江省农村集体资产管理条例》第二十条',
      when: (c) => !!c.fields.collectiveAsset,
    },
    {
      key: 'valuation_report',
      label: '资产评估报告',
      basis: '《浙江省农村集体资产管理条例》第三十六条',
      when: (c) => !!c.fields.assetTransfer,
    },
    {
      key: 'trading_certificate',
      label: '农村产权交易市场交易鉴证材料',
      basis: '《浙江省农村集体资产管理条例》第三十五条',
      when: (c) => !!c.fields.collectiveAsset && (c.fields.amountFen ?? 0) >= c.tradingThresholdFen,
    },
  ],
  village_rules: [
    DRAFT,
    {
      key: 'assembly_minutes',
      label: '村民会议记录及签到表（载明应到、实到人数）',
      basis: '《村民委员会组织法》第二十二条、第二十七条',
    },
    { key: 'opinion_solicitation', label: '征求村民意见材料', optional: true },
  ],
  other: [DRAFT, { key: 'explanation', label: '送审说明', optional: true }],
};

/** The checklist for this item, with each entry's requirement resolved from the item's facts. */
export function materialsFor(c: MaterialContext): MaterialSpec[] {
  return SPECS[c.type]
    .filter((s) => !s.when || s.when(c))
    .map((s) => ({ key: s.key, label: s.label, required: !s.optional, basis: s.basis ?? null }));
}

export const materialKeys = (type: ItemType): string[] => [
  ...SPECS[type].map((s) => s.key),
  'other',
];

export const materialLabel = (type: ItemType, key: string): string =>
  SPECS[type].find((s) => s.key === key)?.label ?? '其他材料';

/**
 * Required materials not supplied. The draft counts as supplied when the item has text; every other
 * entry needs a file or a note (纸质材料已核对).
 */
export function missingMaterials(
  c: MaterialContext,
  supplied: ReadonlySet<string>,
  hasText: boolean,
): MaterialSpec[] {
  return materialsFor(c).filter(
    (s) =>
      s.required && !(s.key === 'draft' ? hasText || supplied.has('draft') : supplied.has(s.key)),
  );
}
