import type { Grants } from './authz/role-grants.js';
import type { MigrationSet } from './db/migrations.js';
import type { Deps } from './deps.js';
import { registerFileOwner, type OwnerVisibility } from './files/owners.js';
import type { RoutesPlugin } from './http/types.js';
import type { IndicatorProvider } from './indicators/indicator.js';
import { registerIndicatorProvider } from './indicators/registry.js';
import type { JobDefinition } from './jobs/scheduler.js';
import { registerRecordLink, type RecordLinkFinder } from './links/record-links.js';
import { registerSearchType, type SearchType } from './search/search-types.js';

/**
 * Everything a module brings to the application, declared in one place (`<module>.module.ts`) and
 * listed by the composition root (`server/src/modules.ts`). Nothing registers itself as a side effect
 * of mounting routes or importing a file.
 */
export interface ModuleDescriptor {
  /** e.g. `review`, `disclosure`. */
  name: string;
  /** Mounted under `/api/v1`, in list order. */
  routes?: RoutesPlugin[];
  /** What each built-in role may do in this module. */
  grants?: Grants;
  /** Named migrations; names never change once released (databases record them). */
  migrations?: MigrationSet;
  /** Scheduled jobs; `env` lets a job's schedule be overridden. */
  jobs?: (env: NodeJS.ProcessEnv) => JobDefinition[];
  /** 桥头镇 2024 demo records, loaded after the foundation's, in list order. */
  demoSeed?: (deps: Deps) => Promise<void>;
  /** Current work dated from the injected clock, loaded after every module's history (a demo that lives). */
  demoNow?: (deps: Deps) => Promise<void>;
  /** Record types that carry attachments, with who may see their files. */
  fileOwners?: Record<string, OwnerVisibility>;
  /** Entity types this module puts in the global search index. */
  searchTypes?: SearchType[];
  /** The figures this module contributes to the indicator registry and the annual 法治政府建设 report. */
  indicators?: IndicatorProvider;
  /** How other modules' records find the record of this module they were opened for, by link name. */
  recordLinks?: Record<string, RecordLinkFinder>;
}

/**
 * Installs the descriptors' file-owner rules, search types, indicators and record links in their registries. Called by
 * `openDeps` (server, CLI, tests) before any route is served or demo record attached; idempotent.
 */
export function installModules(modules: readonly ModuleDescriptor[]): void {
  for (const m of modules) {
    for (const [ownerType, canSee] of Object.entries(m.fileOwners ?? {}))
      registerFileOwner(ownerType, canSee);
    for (const t of m.searchTypes ?? []) registerSearchType(t);
    if (m.indicators) registerIndicatorProvider(m.indicators);
    for (const [key, find] of Object.entries(m.recordLinks ?? {})) registerRecordLink(key, find);
  }
}
