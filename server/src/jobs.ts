import type { JobDefinition } from './core/jobs/scheduler.js';
import { pruneFloodCounters } from './core/http/flood-control.js';
import { addMinutes } from './core/time.js';
import { deadlineSweep } from './modules/calendar/deadline-sweep.js';

/** Every scheduled job, with its schedule (FAZHI_SWEEP_SCHEDULE overrides the nightly sweep's). */
export const JOBS = (env: NodeJS.ProcessEnv = process.env): JobDefinition[] => [
  { name: 'deadline-sweep', schedule: env.FAZHI_SWEEP_SCHEDULE ?? 'daily@01:30', run: deadlineSweep },
  // The longest flood window is a day; counters of windows that began two days ago are spent.
  { name: 'flood-prune', schedule: 'daily@02:10', run: async (deps, slot) => `${await pruneFloodCounters(deps.db.kysely, addMinutes(slot, -2 * 24 * 60))} 条过期计数已删除` },
];
