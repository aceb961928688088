import { mergeGrants } from './core/authz/role-grants.js';
import type { MigrationSet } from './core/db/migrations.js';
import type { Deps } from './core/deps.js';
import { foundationModule } from './core/foundation.module.js';
import type { RoutesPlugin } from './core/http/types.js';
import type { JobDefinition } from './core/jobs/scheduler.js';
import type { ModuleDescriptor } from './core/module.js';
import { auditModule } from './modules/audit/audit.module.js';
import { authModule } from './modules/auth/auth.module.js';
import { calendarModule } from './modules/calendar/calendar.module.js';
import { disclosureModule } from './modules/disclosure/disclosure.module.js';
import { disputesModule } from './modules/disputes/disputes.module.js';
import { enforcementModule } from './modules/enforcement/enforcement.module.js';
import { filesModule } from './modules/files/files.module.js';
import { inboxModule } from './modules/inbox/inbox.module.js';
import { decisionsModule } from './modules/decisions/decisions.module.js';
import { litigationModule } from './modules/litigation/litigation.module.js';
import { legalModule } from './modules/legal/legal.module.js';
import { legalServicesModule } from './modules/legal-services/legal-services.module.js';
import { notificationsModule } from './modules/notifications/notifications.module.js';
import { numberingModule } from './modules/numbering/numbering.module.js';
import { orgsModule } from './modules/orgs/orgs.module.js';
import { pufaModule } from './modules/pufa/pufa.module.js';
import { reportModule } from './modules/report/report.module.js';
import { reviewModule } from './modules/review/review.module.js';
import { rolesModule } from './modules/roles/roles.module.js';
import { searchModule } from './modules/search/search.module.js';
import { systemModule } from './modules/system/system.module.js';
import { teamModule } from './modules/team/team.module.js';
import { tokensModule } from './modules/tokens/tokens.module.js';
import { usersModule } from './modules/users/users.module.js';

/**
 * The composition root: every module of the application, in order. Routes mount, migrations run
 * (module by module, names unchanged), grants merge and demo data load in this order; the core never
 * imports a module.
 */
export const MODULES: readonly ModuleDescriptor[] = [
  foundationModule,
  authModule,
  usersModule,
  orgsModule,
  rolesModule,
  tokensModule,
  auditModule,
  searchModule,
  calendarModule,
  inboxModule,
  numberingModule,
  filesModule,
  systemModule,
  reviewModule,
  disclosureModule,
  enforcementModule,
  disputesModule,
  litigationModule,
  decisionsModule,
  legalServicesModule,
  pufaModule,
  teamModule,
  reportModule,
  legalModule,
  notificationsModule,
];

/** Every module's routes, mounted under /api/v1. */
export const ROUTES: RoutesPlugin[] = MODULES.flatMap((m) => m.routes ?? []);

/** What each built-in role may do: the foundation's grants plus every module's. */
export const ROLE_GRANTS = mergeGrants(...MODULES.flatMap((m) => (m.grants ? [m.grants] : [])));

/** Every migration of the application: the foundation's, then each module's (each set ordered by name). */
export const MIGRATIONS: MigrationSet = Object.assign(
  {},
  ...MODULES.map((m) => m.migrations ?? {}),
) as MigrationSet;

/**
 * Each module's 桥头镇 2024 demo data, loaded after the foundation's (org tree, accounts) on the first
 * start in demo mode. Every figure of the 2024 report is computed from these records, never typed in;
 * then, after the whole history, each module's current work dated from the injected clock.
 */
export const DEMO_SEEDS: { module: string; seed: (deps: Deps) => Promise<void> }[] = [
  ...MODULES.flatMap((m) => (m.demoSeed ? [{ module: m.name, seed: m.demoSeed }] : [])),
  ...MODULES.flatMap((m) => (m.demoNow ? [{ module: `${m.name}-now`, seed: m.demoNow }] : [])),
];

/** Every scheduled job, with its schedule. */
export const JOBS = (env: NodeJS.ProcessEnv = process.env): JobDefinition[] =>
  MODULES.flatMap((m) => m.jobs?.(env) ?? []);
