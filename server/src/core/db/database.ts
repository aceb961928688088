import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CamelCasePlugin,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { FazhiSqliteDialect } from './sqlite-dialect.js';

export type DialectName = 'sqlite' | 'pg';
export type Trx = Transaction<Database>;
export type Q = Kysely<Database> | Trx;

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, for messages: a file path or the URL without its password. */
  location: string;
  /** The raw better-sqlite3 handle (SQLite only), for online backup. */
  sqlite?: BetterSqlite3.Database;
  /**
   * HMAC-SM3 key of the audit chain, set by openDeps from the master key (never stored in the
   * database); events appended in this handle's transactions are keyed with it.
   */
  auditChainKey?: Buffer;
  close(): Promise<void>;
}

// PostgreSQL returns dates, timestamps and bigints as Date/string by default; Fazhi uses the same
// shapes on both databases: `YYYY-MM-DD` for dates, ISO-8601 UTC for instants, numbers for counts.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (v) => new Date(v).toISOString());
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (v) => new Date(`${v}Z`).toISOString());
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

interface OpenOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  poolSize?: number;
}

export function openDatabase(opts: OpenOptions): Db {
  const plugins = [new CamelCasePlugin()];
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    const guarded = {
      connect: () => (assertNotInTransaction(), pool.connect()),
      end: () => pool.end(),
    };
    const kysely = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: guarded as unknown as pg.Pool }),
      plugins,
    });
    return {
      kysely,
      dialect: 'pg',
      location: redactUrl(opts.databaseUrl),
      close: () => kysely.destroy(),
    };
  }
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const file = path.join(opts.dataDir, 'fazhi.db');
  const sqlite = openSqliteFile(file);
  const kysely = new Kysely<Database>({ dialect: new FazhiSqliteDialect(sqlite), plugins });
  return { kysely, dialect: 'sqlite', location: file, sqlite, close: () => kysely.destroy() };
}

function openSqliteFile(file: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged commit survives power loss, not just a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** The last head this process wrote per audit chain: a guess the recorder checks in the database. */
export type ChainHeads = Map<string, { seq: number; hash: string }>;

const insideTransaction = new AsyncLocalStorage<{
  auditChainKey: Buffer | undefined;
  chainHeads: ChainHeads;
}>();
const chainHeadsOf = new WeakMap<Db, ChainHeads>();

/**
 * Code running inside `inTransaction` must use the transaction handle. Reaching for the root handle
 * there would read outside the transaction on PostgreSQL and wait forever for SQLite's single
 * connection, so it fails at once, on both databases, naming the mistake.
 */
export function assertNotInTransaction(): void {
  if (insideTransaction.getStore()) {
    throw new Error(
      'database used outside the open transaction: pass the transaction handle (m.trx) instead of deps.db',
    );
  }
}

/** Runs `fn` in one transaction; every multi-step write goes through here. */
export function inTransaction<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  let chainHeads = chainHeadsOf.get(db);
  if (!chainHeads) chainHeadsOf.set(db, (chainHeads = new Map()));
  const store = { auditChainKey: db.auditChainKey, chainHeads };
  return db.kysely.transaction().execute((trx) => insideTransaction.run(store, () => fn(trx)));
}

/** The audit chain key of the database whose transaction is running, for the recorder (core/audit). */
export const transactionAuditChainKey = (): Buffer | undefined =>
  insideTransaction.getStore()?.auditChainKey;

/** The chain heads this process last wrote on the database whose transaction is running. */
export const transactionChainHeads = (): ChainHeads | undefined =>
  insideTransaction.getStore()?.chainHeads;

/** Whether a query runs on PostgreSQL (for the few statements that differ, e.g. row locks). */
export const isPostgres = (q: Q): boolean => q.getExecutor().adapter instanceof PostgresAdapter;
