import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import { openDeps, seedFullDemo } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import type { Deps } from '../core/deps.js';
import { ManualTime } from '../core/time.js';
import { seedDemo } from '../modules/demo/demo-seed.js';
import { adminUrl, databaseUrl } from './pg-urls.js';
import { TestClient } from './test-client.js';

export type TestDb = 'sqlite' | 'pg';

/** The database this test run targets (set per vitest project). */
export const testDb = (): TestDb => (process.env.FAZHI_TEST_DB === 'pg' ? 'pg' : 'sqlite');

/** True when this project runs on PostgreSQL but none was reachable (the suite is then skipped). */
export const pgMissing = (): boolean => testDb() === 'pg' && !inject('pgTemplate');

/**
 * How long a setup that loads the full demo may take: every module's 2024 records through the real
 * services, which on a loaded PostgreSQL (CI runs two files at once beside the other projects) can take
 * many minutes.
 */
export const FULL_DEMO_SETUP_MS = 1_500_000;

export interface TestEnv {
  deps: Deps;
  time: ManualTime;
  dataDir: string;
  /** Database URL (PostgreSQL) or undefined (SQLite file in dataDir). */
  databaseUrl: string | undefined;
  close(): Promise<void>;
}

const SECRET = 'a1'.repeat(32);

async function clonePgDatabase(): Promise<string> {
  const template = inject('pgTemplate');
  const name = `${template}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return name;
      } catch (e) {
        // Two files cloning the same template at once: PostgreSQL refuses the second; wait and retry.
        if (attempt > 50 || !/being accessed by other users/.test((e as Error).message)) throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
}

/**
 * Drops a test database once the pool's connections have gone. pg's pool reports itself ended before
 * its sockets close; forcing the drop then kills a closing connection, which surfaces as an unhandled
 * "terminating connection due to administrator command". Force only if they linger.
 */
async function dropWhenReleased(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== '55006') throw e; // 55006 object_in_use: still connected
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/**
 * A fresh, migrated database (SQLite file or cloned PostgreSQL database). `demo`: true (default) loads the
 * foundation's demo (org tree, accounts); 'full' also every module's 2024 records; false nothing.
 */
export async function createTestEnv(
  opts: { demo?: boolean | 'full'; now?: string; env?: Record<string, string> } = {},
): Promise<TestEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-test-'));
  const url = testDb() === 'pg' ? databaseUrl(await clonePgDatabase()) : undefined;
  const config = loadConfig({
    FAZHI_DATA_DIR: dataDir,
    FAZHI_LOG_LEVEL: 'silent',
    FAZHI_SECRET_KEY: SECRET,
    // Test databases hold the demo (loaded below), PostgreSQL ones included.
    FAZHI_DEMO: opts.demo === false ? '0' : '1',
    ...(url ? { DATABASE_URL: url } : {}),
    ...opts.env,
  });
  const time = new ManualTime(opts.now ?? '2024-11-20T02:00:00Z');
  const deps = await openDeps({ config, time });
  if (opts.demo === 'full') await seedFullDemo(deps);
  else if (opts.demo !== false) await seedDemo(deps);
  return {
    deps,
    time,
    dataDir,
    databaseUrl: url,
    async close() {
      await deps.db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (url) {
        const admin = new pg.Client({ connectionString: adminUrl() });
        await admin.connect();
        await dropWhenReleased(admin, new URL(url).pathname.slice(1));
        await admin.end();
      }
    },
  };
}

export interface TestServer extends TestEnv {
  baseUrl: string;
  client(): TestClient;
  /** A client already signed in (non-admin demo accounts need no second factor). */
  as(username: string, password?: string): Promise<TestClient>;
}

/** A real HTTP server on an ephemeral port over a fresh database. */
export async function startTestServer(
  opts: Parameters<typeof createTestEnv>[0] = {},
): Promise<TestServer> {
  const env = await createTestEnv(opts);
  const app = await buildApp(env.deps, { logger: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    ...env,
    baseUrl: address,
    client: () => new TestClient(address),
    async as(username, password = 'Demo@2024') {
      const c = new TestClient(address);
      const res = await c.login(username, password);
      if (res.status !== 200)
        throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.json)}`);
      return c;
    },
    async close() {
      // Every test has had its answer by now: drop keep-alive sockets at once instead of waiting for the
      // client side to let go of them (a socket caught between requests once held close() for 60 s).
      const closing = app.close();
      app.server.closeAllConnections();
      await closing;
      await env.close();
    },
  };
}
