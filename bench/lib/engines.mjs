import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { onCleanup } from './procs.mjs';

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
