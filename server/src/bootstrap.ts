import { hostname } from 'node:os';
import { loadConfig, type Config } from './config.js';
import { syncBuiltinRoles } from './core/authz/sync-roles.js';
import { loadSecrets } from './core/crypto/secrets.js';
import { openDatabase } from './core/db/database.js';
import { migrateToLatest } from './core/db/migrations.js';
import type { Deps } from './core/deps.js';
import { newId } from './core/ids.js';
import { installModules } from './core/module.js';
import { messageGatewayFor } from './core/messaging/gateway-for.js';
import { outboxSmsGateway } from './core/sms/sms-gateway.js';
import { systemTime, type TimeSource } from './core/time.js';
import { seedCalendarIfEmpty } from './modules/calendar/calendar-seed.js';
import { demoSeeded, seedDemo } from './modules/demo/demo-seed.js';
import { DEMO_SEEDS, MIGRATIONS, MODULES, ROLE_GRANTS } from './modules.js';

interface OpenOptions {
  config?: Config;
  time?: TimeSource;
  /** Run migrations, sync roles and seed the calendar (true for the server and CLI). */
  prepare?: boolean;
}

/** Opens the database and everything services need; the server, the CLI and tests start here. */
export async function openDeps(opts: OpenOptions = {}): Promise<Deps> {
  const config = opts.config ?? loadConfig();
  const time = opts.time ?? systemTime;
  installModules(MODULES);
  const db = openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const secrets = loadSecrets(config.dataDir);
  db.auditChainKey = secrets.audit.chainKey;
  const deps: Deps = {
    config,
    db,
    time,
    secrets,
    sms: outboxSmsGateway(db, () => time.now()),
    messages: messageGatewayFor(config),
    instanceId: `${hostname()}-${process.pid}-${newId().slice(-6)}`,
  };
  if (opts.prepare !== false) {
    try {
      await prepareDatabase(deps);
    } catch (e) {
      await db.close();
      throw e;
    }
  }
  return deps;
}

/** Migrations, built-in roles and the holiday calendar: safe to run at every start, on every instance. */
export async function prepareDatabase(deps: Deps): Promise<string[]> {
  const applied = await migrateToLatest(deps.db, MIGRATIONS);
  await syncBuiltinRoles(deps.db, deps.time, ROLE_GRANTS);
  await seedCalendarIfEmpty(deps);
  return applied;
}

/**
 * Loads the whole 桥头镇 demo: the foundation's org tree and accounts, then each module's records,
 * played through the real services (hundreds of small transactions). Demo data can be loaded again at
 * will, so while it loads SQLite commits do not wait for the disk (WAL with synchronous=NORMAL may lose
 * the last commits on power failure but never corrupts); FULL is restored before the server serves.
 */
export async function seedFullDemo(deps: Deps): Promise<void> {
  const sqlite = deps.db.sqlite;
  const before = sqlite?.pragma('synchronous', { simple: true });
  sqlite?.pragma('synchronous = NORMAL');
  try {
    await seedDemo(deps);
    for (const s of DEMO_SEEDS) await s.seed(deps);
  } finally {
    if (sqlite) sqlite.pragma(`synchronous = ${Number(before)}`);
  }
}

/** First start in demo mode loads 桥头镇; returns whether it did. */
export async function seedDemoOnFirstStart(deps: Deps): Promise<boolean> {
  if (!deps.config.demo || (await demoSeeded(deps))) return false;
  await seedFullDemo(deps);
  return true;
}
