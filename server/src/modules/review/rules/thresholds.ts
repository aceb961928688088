/**
 * Figures the engine compares against that the domain file marks [U] (unconfirmed) or that a
 * county sets. They are settings: the defaults below apply unless the caller passes its own
 * (e.g. from the review module's settings table). Each has its source for the settings page.
 */
export interface Thresholds {
  /** C18: a lease this long or longer is flagged for attention (寅吃卯粮). */
  longTermAttentionYears: number;
  /** C18: rent prepaid beyond the village committee's term (组织法 art 11: 5 years). */
  committeeTermYears: number;
  /** C3: when the land-contract end date is unknown, transfers ending after this year are flagged. */
  landContractEndYear: number;
  /** C8: collective-asset deals at or above this value go to the 农村产权交易市场 (浙江集体资产条例 art 35: set by the county). */
  openTradingThresholdYuan: number;
  /** C10: liquidated damages above this multiple of the estimated loss may be reduced. */
  liquidatedDamagesLossRatio: number;
  /** C10: with no loss estimate, liquidated damages at or above this % of the price are pointed out. */
  liquidatedDamagesPercentAlert: number;
  /** C16/C17: mandatory-tender thresholds for works projects, in yuan. */
  tenderConstructionYuan: number;
  tenderKeyEquipmentYuan: number;
  tenderSurveyDesignSupervisionYuan: number;
}

interface ThresholdSetting {
  key: keyof Thresholds;
  label: string;
  value: number;
  unit: string;
  source: string;
  /** false where the domain file marks the figure [U]. */
  confirmed: boolean;
}

export const THRESHOLD_SETTINGS: readonly ThresholdSetting[] = [
  {
    key: 'longTermAttentionYears',
    label: '长期合同提示年限',
    value: 15,
    unit: '年',
    source: '农村集体合同清理实践（淳安、平和等地"三清"经验），未见法定标准',
    confirmed: false,
  },
  {
    key: 'committeeTermYears',
    label: '村民委员会任期',
    value: 5,
    unit: '年',
    source: '《村民委员会组织法》第十一条',
    confirmed: true,
  },
  {
    key: 'landContractEndYear',
    label: '第二轮土地承包期届满年份（推定）',
    value: 2028,
    unit: '年',
    source:
      '二轮承包期约于2027—2028年届满，"再延长三十年"须另行确认（《农村土地承包法》第二十一条）；具体年份因村而异',
    confirmed: false,
  },
  {
    key: 'openTradingThresholdYuan',
    label: '农村集体资产进场交易标的额',
    value: 100_000,
    unit: '元',
    source:
      '《浙江省农村集体资产管理条例》第三十五条：由县（市、区）人民政府确定；慈溪市标准未核实，默认值待配置',
    confirmed: false,
  },
  {
    key: 'liquidatedDamagesLossRatio',
    label: '违约金过高判断倍数（相对损失）',
    value: 1.3,
    unit: '倍',
    source:
      '最高人民法院关于适用《民法典》合同编通则若干问题的解释第六十五条（超过损失百分之三十）',
    confirmed: true,
  },
  {
    key: 'liquidatedDamagesPercentAlert',
    label: '违约金比例提示线（无损失估算时）',
    value: 30,
    unit: '%',
    source: '审查实践提示线，非法定标准',
    confirmed: false,
  },
  {
    key: 'tenderConstructionYuan',
    label: '必须招标：施工单项合同估算价',
    value: 4_000_000,
    unit: '元',
    source: '《必须招标的工程项目规定》（国家发展改革委令第16号）第五条',
    confirmed: false,
  },
  {
    key: 'tenderKeyEquipmentYuan',
    label: '必须招标：重要设备、材料采购单项合同估算价',
    value: 2_000_000,
    unit: '元',
    source: '《必须招标的工程项目规定》（国家发展改革委令第16号）第五条',
    confirmed: false,
  },
  {
    key: 'tenderSurveyDesignSupervisionYuan',
    label: '必须招标：勘察、设计、监理等服务单项合同估算价',
    value: 1_000_000,
    unit: '元',
    source: '《必须招标的工程项目规定》（国家发展改革委令第16号）第五条',
    confirmed: false,
  },
];

export const DEFAULT_THRESHOLDS: Thresholds = Object.fromEntries(
  THRESHOLD_SETTINGS.map((s) => [s.key, s.value]),
) as unknown as Thresholds;
