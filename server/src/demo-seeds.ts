import type { Deps } from './core/deps.js';
import { seedReviewDemo } from './modules/review/demo/review-demo.seed.js';
import { seedReviewNow } from './modules/review/demo/review-demo.now.js';
import { seedProactiveDemo } from './modules/disclosure/proactive/demo/proactive.demo.js';
import { seedProactiveNow } from './modules/disclosure/proactive/demo/proactive.demo-now.js';
import { seedVillageAffairsDemo } from './modules/disclosure/village/demo/village.demo.js';
import { seedVillageAffairsNow } from './modules/disclosure/village/demo/village.demo-now.js';
import { seedDisclosureRequestsDemo } from './modules/disclosure/requests/demo/requests.demo.js';
import { seedRequestsNow } from './modules/disclosure/requests/demo/requests.demo-now.js';
import { seedAnnualReportDemo } from './modules/disclosure/annual-report/report.demo.js';

/**
 * Each module's 桥头镇 2024 demo data, loaded after the foundation's (org tree, accounts) on the first
 * start in demo mode. Every figure of the 2024 report is computed from these records, never typed in;
 * loaded after January 2025, the history is closed and current work added (modules/demo/demo-now.ts).
 */
export const DEMO_SEEDS: { module: string; seed: (deps: Deps) => Promise<void> }[] = [
  { module: 'review', seed: seedReviewDemo },
  { module: 'disclosure-proactive', seed: seedProactiveDemo },
  { module: 'village-affairs', seed: seedVillageAffairsDemo },
  // After the proactive demo: the published 2024 report freezes its 表二 figures too.
  { module: 'disclosure-requests', seed: seedDisclosureRequestsDemo },
  { module: 'disclosure-annual-report', seed: seedAnnualReportDemo },
  // After the 2024 history (the published report included): the work in progress on the day of loading.
  { module: 'review-now', seed: seedReviewNow },
  { module: 'disclosure-requests-now', seed: seedRequestsNow },
  { module: 'disclosure-proactive-now', seed: seedProactiveNow },
  { module: 'village-affairs-now', seed: seedVillageAffairsNow },
];
