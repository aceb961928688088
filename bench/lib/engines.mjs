import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { cleanup, onCleanup } from './procs.mjs';
import { heading, note } from './report.mjs';

/**
 * A database for one benchmark run, created by the harness and removed at cleanup.
 * @typedef {{ all(sql: string, params?: unknown[]): Promise<any[]>, exec(sql: string): Promise<void> }} Sql
 * @typedef {{
 *   key: 'sqlite' | 'pg', label: string, dialect: 'sqlite' | 'pg', dataDir: string,
 *   fazhiEnv: Record<string, string>, bareEnv: Record<string, string>,
 *   withSql<T>(fn: (sql: Sql) => Promise<T>): Promise<T>
 * }} Engine
 */

/** Where PostgreSQL is: BENCH_DATABASE_URL, TEST_DATABASE_URL, else the local server (trust auth). */
export const pgAdminUrl = () =>
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

/** Null when PostgreSQL answers, else the reason. */
export async function pgProblem() {
  const c = new pg.Client({ connectionString: pgAdminUrl(), connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    return null;
  } catch (e) {
    return /** @type {Error} */ (e).message || String(e);
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * SQLite in a fresh data directory: WAL + synchronous=FULL, as Fazhi opens it.
 * @param {string} dataDir @returns {Engine}
 */
export function sqliteEngine(dataDir) {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'fazhi.db');
  return {
    key: 'sqlite',
    label: 'SQLite (WAL, synchronous=FULL)',
    dialect: 'sqlite',
    dataDir,
    fazhiEnv: { FAZHI_DATA_DIR: dataDir },
    bareEnv: { BARE_SQLITE_FILE: file },
    async withSql(fn) {
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      try {
        return await fn({
          all: async (sql, params = []) => db.prepare(sql).all(...params),
          exec: async (sql) => void db.exec(sql),
        });
      } finally {
        db.close();
      }
    },
  };
}

/**
 * A new PostgreSQL database (default settings, synchronous_commit on), dropped at cleanup.
 * @param {string} dataDir  still needed: Fazhi keeps its secrets and files on disk
 * @returns {Promise<Engine>}
 */
export async function pgEngine(dataDir) {
  fs.mkdirSync(dataDir, { recursive: true });
  const name = `fazhi_bench_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  onCleanup(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const u = new URL(pgAdminUrl());
  u.pathname = `/${name}`;
  const url = u.toString();
  return {
    key: 'pg',
    label: 'PostgreSQL (synchronous_commit=on)',
    dialect: 'pg',
    dataDir,
    fazhiEnv: { FAZHI_DATA_DIR: dataDir, DATABASE_URL: url },
    bareEnv: { BARE_DATABASE_URL: url },
    async withSql(fn) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return await fn({
          all: async (sql, params = []) => (await c.query(sql, params)).rows,
          exec: async (sql) => void (await c.query(sql)),
        });
      } finally {
        await c.end();
      }
    },
  };
}

/** @param {string} sql */
async function adminQuery(sql) {
  const c = new pg.Client({ connectionString: pgAdminUrl() });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/**
 * A module benchmark's outer loop: `run` once per engine named in `names` ("sqlite,pg"), each in a
 * fresh folder under `tmp`; PostgreSQL skipped with a note when unreachable; a failure printed and
 * the exit code set; servers and data removed at the end.
 * @param {string} names @param {string} tmp @param {string} label
 * @param {(engine: Engine) => Promise<void>} run
 */
export async function forEachEngine(names, tmp, label, run) {
  try {
    for (const key of names.split(',').map((s) => s.trim())) {
      if (key === 'pg') {
        const problem = await pgProblem();
        if (problem) {
          heading('PostgreSQL: skipped');
          note(`PostgreSQL is not reachable at ${pgAdminUrl()}: ${problem}`);
          continue;
        }
      }
      const dataDir = path.join(tmp, key);
      await run(key === 'pg' ? await pgEngine(dataDir) : sqliteEngine(dataDir));
    }
  } catch (e) {
    console.log(`\n  ! ${label} failed: ${e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}
