import { z } from 'zod';
import { ITEM_TYPE_KEYS, type ItemType } from './review.enums.js';

/**
 * Configurable rules of the review, with their defaults and where each default comes from. Statutory
 * values are marked `confirmed`; local practice ([U] in the domain notes) is a default a town may change.
 */

export interface PeriodRule {
  days: number;
  unit: 'working' | 'calendar';
  /** Shown on the clock. */
  basis: string;
  /** Where the default comes from, and whether it was checked against the text. */
  source: string;
  confirmed: boolean;
}

const LOCAL = '本镇合法性审查期限设置';

export const DEFAULT_PERIODS: Record<ItemType, PeriodRule> = {
  normative_doc: {
    days: 15,
    unit: 'working',
    basis: `${LOCAL}（行政规范性文件合法性审核一般不少于5个、不超过15个工作日）`,
    source: '国办发〔2018〕115号（原文未复核，可调整）',
    confirmed: false,
  },
  // 条例 art 28 asks only for a timely (及时) opinion; art 26's 7 working days are what the submitter must allow.
  major_decision: {
    days: 7,
    unit: 'working',
    basis: `${LOCAL}（本镇设置；《重大行政决策程序暂行条例》第二十八条要求及时提出审查意见，未规定天数）`,
    source:
      '本镇设置：默认与第二十六条第二款送审时应保证的审查时间（一般不少于7个工作日）一致；该款约束送审单位，不是审查期限',
    confirmed: false,
  },
  major_enforcement: {
    days: 5,
    unit: 'working',
    basis: `${LOCAL}（重大行政执法决定法制审核）`,
    source: '浙江各地乡镇法制审核办法的通常做法（如玉环市坎门街道为5个工作日）',
    confirmed: false,
  },
  gov_contract: {
    days: 5,
    unit: 'working',
    basis: `${LOCAL}（行政机关合同）`,
    source: '各地惯例3–5个工作日（可调整）',
    confirmed: false,
  },
  village_contract: {
    days: 5,
    unit: 'working',
    basis: `${LOCAL}（村级合同）`,
    source: '各地惯例3–5个工作日（可调整）',
    confirmed: false,
  },
  village_rules: {
    days: 5,
    unit: 'working',
    basis: `${LOCAL}（村规民约审核）`,
    source: '各地惯例3–5个工作日（可调整）',
    confirmed: false,
  },
  other: {
    days: 5,
    unit: 'working',
    basis: `${LOCAL}（其他事项）`,
    source: '各地惯例（可调整）',
    confirmed: false,
  },
};

/** 宁波市法治乡村建设促进条例 art 14 para 3: village rules are filed within 10 days after the vote. Statutory, not a setting. */
export const VILLAGE_RULES_FILING = {
  days: 10,
  unit: 'calendar' as const,
  basis: '《宁波市法治乡村建设促进条例》第十四条第三款（表决通过后十日内报乡（镇）人民政府备案）',
};

/** MJD: the submitter must allow at least 7 working days for the review (条例 art 26 para 2) — a floor on the submitter, not the reviewer's deadline. */
export const MJD_MIN_WORKING_DAYS = 7;

export interface ReviewSettings {
  periods: Record<ItemType, PeriodRule>;
  /** Whether time in county co-review is excluded from the period (a local rule; domain §1.4 [U]). */
  pauseDuringCoReview: boolean;
  /** 农村产权交易市场 threshold set by the county (fen) — 浙江省农村集体资产管理条例 art 35. */
  tradingThresholdFen: number;
  /** Contracts at or above this amount (fen) are 重大合同, filed with the county centre (domain §1.1 [S]). */
  majorContractThresholdFen: number;
}

export const SETTING_SOURCES = {
  pauseDuringCoReview: '县乡协审期间是否暂停计算审查期限：各地规定不一，默认不暂停',
  tradingThresholdFen:
    '《浙江省农村集体资产管理条例》第三十五条：标的额由县（市、区）人民政府确定；默认10万元，请按慈溪市规定调整',
  majorContractThresholdFen:
    '重大合同报县级合法性审查中心备案的金额标准：默认100万元，请按慈溪市规定调整',
} as const;

export const DEFAULT_SETTINGS: ReviewSettings = {
  periods: DEFAULT_PERIODS,
  pauseDuringCoReview: false,
  tradingThresholdFen: 10_000_000,
  majorContractThresholdFen: 100_000_000,
};

/** One stored override; keys are `period.<type>` or a ReviewSettings field. */
export const settingPatch = z
  .object({
    periods: z
      .partialRecord(
        z.enum(ITEM_TYPE_KEYS as [ItemType, ...ItemType[]]),
        z
          .number()
          .int('期限应为整数')
          .min(1, '期限至少 1 个工作日')
          .max(60, '期限最多 60 个工作日'),
      )
      .optional()
      .describe('各类事项的审查期限（工作日）'),
    pauseDuringCoReview: z.boolean().optional().describe('县乡协审期间是否暂停计算审查期限'),
    tradingThresholdFen: z
      .number()
      .int()
      .min(0)
      .max(10_000_000_000)
      .optional()
      .describe('进入农村产权交易市场的标的额（分）'),
    majorContractThresholdFen: z
      .number()
      .int()
      .min(0)
      .max(100_000_000_000)
      .optional()
      .describe('报县级中心备案的重大合同金额（分）'),
  })
  .strict();
export type SettingPatch = z.infer<typeof settingPatch>;

/** The effective settings: defaults overlaid with a town's stored overrides (unknown keys ignored). */
export function resolveSettings(rows: { key: string; value: string }[]): ReviewSettings {
  const out: ReviewSettings = { ...DEFAULT_SETTINGS, periods: { ...DEFAULT_PERIODS } };
  for (const r of rows) {
    let v: unknown;
    try {
      v = JSON.parse(r.value);
    } catch {
      continue;
    }
    if (r.key.startsWith('period.')) {
      const type = r.key.slice('period.'.length) as ItemType;
      if (ITEM_TYPE_KEYS.includes(type) && typeof v === 'number')
        out.periods[type] = {
          ...DEFAULT_PERIODS[type],
          days: v,
          source: `本镇设置（默认 ${DEFAULT_PERIODS[type].days} 个工作日）`,
        };
    } else if (r.key === 'pauseDuringCoReview' && typeof v === 'boolean')
      out.pauseDuringCoReview = v;
    else if (
      (r.key === 'tradingThresholdFen' || r.key === 'majorContractThresholdFen') &&
      typeof v === 'number'
    )
      out[r.key] = v;
  }
  return out;
}

/** The rows a patch writes. */
export function settingRows(patch: SettingPatch): { key: string; value: string }[] {
  const rows = Object.entries(patch.periods ?? {}).map(([type, days]) => ({
    key: `period.${type}`,
    value: JSON.stringify(days),
  }));
  for (const key of [
    'pauseDuringCoReview',
    'tradingThresholdFen',
    'majorContractThresholdFen',
  ] as const) {
    if (patch[key] !== undefined) rows.push({ key, value: JSON.stringify(patch[key]) });
  }
  return rows;
}
