/**
 * The baseline the benchmarks compare Fazhi with: a minimal Fastify server on the same database engine
 * with the same durability, doing the same database work per request without sessions, permissions,
 * validation or audit. What Fazhi costs on top of this is the price of those features.
 *
 * Environment (set by bench/run.mjs): BARE_PORT; BARE_SQLITE_FILE or BARE_DATABASE_URL;
 * BARE_ORG_ID, BARE_USER_ID, BARE_SCOPE_PATH, BARE_ROLES (comma-separated) — the signed-in clerk's
 * facts that Fazhi would derive from the session.
 *
 *   POST /write  { title }  → inserts one doc_numbers row
 *   GET  /list[?status=overdue] → the inbox page query (20 rows sorted by deadline) + its total + status counts
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { inboxCountsSql, inboxPageSql, inboxTotalSql, shanghaiToday } from './lib/bare-queries.mjs';

const env = process.env;
const facts = {
  orgId: required('BARE_ORG_ID'),
  userId: required('BARE_USER_ID'),
  scopePath: required('BARE_SCOPE_PATH'),
  roles: required('BARE_ROLES').split(','),
};
const YEAR = new Date().getFullYear();
// Its own series per process: a second bare run on the same database must not collide with the first.
const KIND = `bench_bare_${process.pid}`;
let seq = 0;

const store = env.BARE_DATABASE_URL
  ? await openPostgres(env.BARE_DATABASE_URL)
  : await openSqlite(required('BARE_SQLITE_FILE'));
const app = Fastify({ logger: false });

app.get('/readyz', async () => ({ status: 'ready' }));

app.post('/write', async (req) => {
  const title = String(/** @type {{ title?: unknown }} */ (req.body)?.title ?? '');
  const n = ++seq;
  const row = [
    randomUUID(),
    facts.orgId,
    KIND,
    YEAR,
    n,
    `基准〔${YEAR}〕${n}号`,
    title,
    facts.userId,
    new Date().toISOString(),
  ];
  await store.insertDocNumber(row);
  return { id: row[0], numberText: row[5] };
});

app.get('/list', async (req) => {
  const overdue = /** @type {{ status?: unknown }} */ (req.query)?.status === 'overdue';
  return store.inboxPage(overdue ? shanghaiToday() : null);
});

/** @param {string | null} before */
const listArgs = (before) => [
  facts.userId,
  ...facts.roles,
  `${facts.scopePath}%`,
  ...(before ? [before] : []),
];

/** The two date bounds of the status counts: today and (about) the first on-track day. */
const countArgs = () => {
  const today = shanghaiToday();
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 5 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return [...listArgs(null), today, today, soon];
};

await app.listen({ port: Number(env.BARE_PORT ?? 0), host: '127.0.0.1' });
const close = async () => {
  await app.close();
  await store.close();
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);

/** @param {string} name */
function required(name) {
  const v = env[name];
  if (!v) throw new Error(`bare-server: ${name} is not set`);
  return v;
}

/** SQLite exactly as Fazhi opens it (server/src/core/db/database.ts): WAL + synchronous=FULL. */
async function openSqlite(/** @type {string} */ file) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const insert = db.prepare(
    'INSERT INTO doc_numbers (id, org_id, kind, year, seq, number_text, title, issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const n = facts.roles.length;
  const page = [false, true].map((b) => db.prepare(inboxPageSql('sqlite', n, b)));
  const total = [false, true].map((b) => db.prepare(inboxTotalSql('sqlite', n, b)));
  const counts = db.prepare(inboxCountsSql('sqlite', n));
  return {
    /** @param {unknown[]} row */
    insertDocNumber: async (row) => void insert.run(...row),
    /** @param {string | null} before */
    inboxPage: async (before) => {
      const i = before ? 1 : 0;
      const items = /** @type {any} */ (page[i]).all(...listArgs(before));
      const tally = counts.get(...countArgs());
      return {
        items,
        counts: tally,
        total: /** @type {{ n: number }} */ (/** @type {any} */ (total[i]).get(...listArgs(before)))
          .n,
      };
    },
    close: async () => void db.close(),
  };
}

/** PostgreSQL with its defaults (synchronous_commit on), a pool as large as Fazhi's. */
async function openPostgres(/** @type {string} */ url) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const n = facts.roles.length;
  return {
    /** @param {unknown[]} row */
    insertDocNumber: async (row) =>
      void (await pool.query(
        'INSERT INTO doc_numbers (id, org_id, kind, year, seq, number_text, title, issued_by, issued_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        row,
      )),
    /** @param {string | null} before */
    inboxPage: async (before) => {
      const [items, total, tally] = await Promise.all([
        pool.query(inboxPageSql('pg', n, !!before), listArgs(before)),
        pool.query(inboxTotalSql('pg', n, !!before), listArgs(before)),
        pool.query(inboxCountsSql('pg', n), countArgs()),
      ]);
      return { items: items.rows, counts: tally.rows[0], total: Number(total.rows[0].n) };
    },
    close: () => pool.end(),
  };
}
