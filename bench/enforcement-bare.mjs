/**
 * The baseline for the enforcement case-list benchmark: a minimal Fastify server on the same database
 * doing the same database work as GET /api/v1/enforcement/cases (first page of 20 by 线索 date, with the
 * entrusting body, and the total, both limited to the officer's subtree), without sessions,
 * permissions, validation, masking or presentation.
 *
 * Environment: BARE_PORT; BARE_SQLITE_FILE or BARE_DATABASE_URL; BARE_SCOPE_PATH.   GET /cases
 */
import Fastify from 'fastify';

const env = process.env;
const scope = `${env.BARE_SCOPE_PATH ?? ''}%`;
const FROM = `FROM enforcement_cases
  LEFT JOIN enforcement_entrustments ON enforcement_entrustments.id = enforcement_cases.entrustment_id
  WHERE enforcement_cases.org_id IN (SELECT orgs.id FROM orgs WHERE orgs.path LIKE ?)`;
const SQL = {
  page: `SELECT enforcement_cases.*, enforcement_entrustments.entrusting_body ${FROM}
    ORDER BY enforcement_cases.clue_on DESC, enforcement_cases.id DESC LIMIT 20 OFFSET 0`,
  total: `SELECT count(*) AS n ${FROM}`,
};
const store = env.BARE_DATABASE_URL
  ? await openPostgres(env.BARE_DATABASE_URL)
  : await openSqlite();
const app = Fastify({ logger: false });
app.get('/readyz', async () => ({ status: 'ready' }));
app.get('/cases', async () => {
  const [items, total] = await Promise.all([store.all('page'), store.all('total')]);
  return { items, total: Number(total[0]?.n ?? 0) };
});
await app.listen({ port: Number(env.BARE_PORT ?? 0), host: '127.0.0.1' });
const close = async () => {
  await app.close();
  await store.close();
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);

async function openSqlite() {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(/** @type {string} */ (env.BARE_SQLITE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const st = new Map(Object.entries(SQL).map(([k, s]) => [k, db.prepare(s)]));
  return {
    all: async (/** @type {string} */ k) =>
      /** @type {import('better-sqlite3').Statement} */ (st.get(k)).all(scope),
    close: async () => void db.close(),
  };
}

async function openPostgres(/** @type {string} */ url) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const text = (/** @type {string} */ k) => SQL[/** @type {keyof SQL} */ (k)].replace('?', '$1');
  return {
    all: async (/** @type {string} */ k) => (await pool.query(text(k), [scope])).rows,
    close: () => pool.end(),
  };
}
