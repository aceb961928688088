import type { Deps } from './core/deps.js';

/**
 * Each module's 桥头镇 2024 demo data, loaded after the foundation's (org tree, accounts) on the first
 * start in demo mode. Every figure of the 2024 report is computed from these records, never typed in.
 */
export const DEMO_SEEDS: { module: string; seed: (deps: Deps) => Promise<void> }[] = [];
