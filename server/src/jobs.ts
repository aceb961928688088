import type { JobDefinition } from './core/jobs/scheduler.js';
import { deadlineSweep } from './modules/calendar/deadline-sweep.js';

/** Every scheduled job, with its schedule (FAZHI_SWEEP_SCHEDULE overrides the nightly sweep's). */
export const JOBS = (env: NodeJS.ProcessEnv = process.env): JobDefinition[] => [
  { name: 'deadline-sweep', schedule: env.FAZHI_SWEEP_SCHEDULE ?? 'daily@01:30', run: deadlineSweep },
];
