import type { ModuleDescriptor } from '../../core/module.js';
import { calendarRoutes } from './calendar.routes.js';
import { clockRoutes } from './clock.routes.js';
import { deadlineSweep } from './deadline-sweep.js';

/** The work calendar (holiday notices) and statutory clocks. */
export const calendarModule: ModuleDescriptor = {
  name: 'calendar',
  routes: [calendarRoutes, clockRoutes],
  // FAZHI_SWEEP_SCHEDULE overrides the nightly sweep's schedule.
  jobs: (env) => [
    {
      name: 'deadline-sweep',
      schedule: env.FAZHI_SWEEP_SCHEDULE ?? 'daily@01:30',
      run: deadlineSweep,
    },
  ],
};
