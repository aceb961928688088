import type { IndicatorDefinition } from '../../core/indicators/indicator.js';

/**
 * Figures no module of Fazhi records — police statistics and the enterprise-dispute figure of the
 * business-environment ledger — entered by staff each year with their source document and its date,
 * and always shown as 录入 (entered), never as computed (F24–F27).
 */
const decline = (
  key: string,
  figure: string,
  name: string,
  definition: string,
  period: IndicatorDefinition['period'],
): IndicatorDefinition => ({
  key: `entered.${key}`,
  figure,
  name,
  definition,
  unit: 'percent',
  period,
});

export const ENTERED_INDICATORS: readonly IndicatorDefinition[] = [
  decline(
    'enterpriseIncidentsDecline',
    'F24',
    '涉企警情同比降幅',
    '（上年同期涉企警情数 − 本期数）÷ 上年同期数，按公安派出所提供的统计数据录入',
    'year',
  ),
  decline(
    'enterpriseDisputesDecline',
    'F25',
    '涉企纠纷同比降幅',
    '（上年同期涉企纠纷数 − 本期数）÷ 上年同期数，按营商环境工作台账录入',
    'year',
  ),
  decline(
    'criminalRateDecline',
    'F26',
    '刑事案件发案率同比降幅',
    '1月至报告截止月刑事案件发案率较上年同期的降幅，按公安派出所提供的统计数据录入',
    'cutOff',
  ),
  decline(
    'administrativeRateDecline',
    'F26',
    '行政案件发案率同比降幅',
    '1月至报告截止月治安行政案件发案率较上年同期的降幅，按公安派出所提供的统计数据录入',
    'cutOff',
  ),
  decline(
    'fraudRateDecline',
    'F27',
    '电信网络诈骗发案率同比降幅',
    '1月至报告截止月电信网络诈骗发案率较上年同期的降幅，按公安派出所提供的统计数据录入',
    'cutOff',
  ),
  decline(
    'fraudLossDecline',
    'F27',
    '电信网络诈骗案损值同比降幅',
    '1月至报告截止月电信网络诈骗案损金额较上年同期的降幅，按公安派出所提供的统计数据录入',
    'cutOff',
  ),
];

export const ENTERED_KEYS = new Set(ENTERED_INDICATORS.map((d) => d.key));
