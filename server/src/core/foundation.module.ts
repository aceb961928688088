import { pruneCounters } from './db/atomic-counter.js';
import { FOUNDATION_MIGRATIONS } from './db/migrations.js';
import type { ModuleDescriptor } from './module.js';
import { addMinutes } from './time.js';

/** The shared machinery's own tables and housekeeping. */
export const foundationModule: ModuleDescriptor = {
  name: 'foundation',
  migrations: FOUNDATION_MIGRATIONS,
  // The longest flood window is a day; counters of windows that began two days ago are spent.
  jobs: () => [
    {
      name: 'flood-prune',
      schedule: 'daily@02:10',
      run: async (deps, slot) =>
        `${await pruneCounters(deps.db.kysely, addMinutes(slot, -2 * 24 * 60))} 条过期计数已删除`,
    },
  ],
};
