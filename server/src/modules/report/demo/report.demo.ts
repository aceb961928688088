import type { Deps } from '../../../core/deps.js';
import { actorCtx, inOneTransaction, on } from '../../demo/demo-actors.js';
import { enterIndicator } from '../entries.service.js';
import { saveNarrative } from '../report.service.js';

// tenancy: the demo seed runs as the demo accounts of 桥头镇

/** The police and business-environment figures of 2024 (F24–F27) as the 党建综合办 entered them. */
const POLICE = '慈溪市公安局桥头派出所《2024年1-11月辖区治安形势分析》';
const ENTRIES = [
  ['entered.enterpriseIncidentsDecline', 12.8, POLICE],
  ['entered.enterpriseDisputesDecline', 21.5, '桥头镇《2024年优化法治化营商环境工作台账》'],
  ['entered.criminalRateDecline', 15.4, POLICE],
  ['entered.administrativeRateDecline', 17.3, POLICE],
  ['entered.fraudRateDecline', 21.6, POLICE],
  ['entered.fraudLossDecline', 54.8, POLICE],
] as const;

/**
 * 2024: the figures no module records are entered with their source on 5 December, and the report's
 * draft is saved with the 截至11月底 cut-off. It stays a draft until the modules still to come (major
 * decisions, legal services, 普法/学法, the legal team) provide the figures its text binds.
 */
export const seedReportDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps) {
  const clerk = await actorCtx(deps, 'clerk');
  const day = on(deps, '2024-12-05');
  for (const [key, value, sourceDocument] of ENTRIES)
    await enterIndicator(day, clerk, 2024, {
      key,
      value,
      sourceDocument,
      sourceDate: '2024-12-03',
    });
  await saveNarrative(on(deps, '2024-12-06'), clerk, 2024, {
    paragraphs: {},
    cutOffOn: '2024-11-30',
  });
}
