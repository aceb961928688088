/**
 * The baseline for the decisions comment-page benchmark: a minimal Fastify server on the same database
 * doing the same database work as GET /api/v1/public/decisions/:id (the decision, its newest draft with
 * the articles, the first 500 published comments, and the comments counted by article and answer),
 * without Fazhi's validation, portal-town lookup, presentation or error handling.
 *
 * Environment: BARE_PORT; BARE_SQLITE_FILE or BARE_DATABASE_URL.   GET /decision/:id
 */
import Fastify from 'fastify';

const env = process.env;
const SQL = {
  decision: 'SELECT * FROM decisions WHERE id = ?',
  draft: 'SELECT * FROM decision_drafts WHERE decision_id = ? ORDER BY version DESC LIMIT 1',
  articles:
    'SELECT id, seq, heading, text FROM decision_draft_articles WHERE draft_id = ? ORDER BY seq',
  comments:
    "SELECT id, article_id, body, name, submitted_at, adoption, answer FROM decision_comments WHERE decision_id = ? AND moderation = 'shown' ORDER BY submitted_at LIMIT 500",
  counts:
    "SELECT article_id, adoption, count(*) AS n FROM decision_comments WHERE decision_id = ? AND moderation = 'shown' GROUP BY article_id, adoption",
};
const store = env.BARE_DATABASE_URL
  ? await openPostgres(env.BARE_DATABASE_URL)
  : await openSqlite();
const app = Fastify({ logger: false });
app.get('/readyz', async () => ({ status: 'ready' }));
app.get('/decision/:id', async (req) => {
  const id = /** @type {{ id: string }} */ (req.params).id;
  const [decision, draft] = await Promise.all([store.one('decision', id), store.one('draft', id)]);
  const [articles, comments, counts] = await Promise.all([
    store.all('articles', draft?.id ?? ''),
    store.all('comments', id),
    store.all('counts', id),
  ]);
  return { decision, draft: { ...draft, articles }, comments, counts };
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
  const of = (/** @type {string} */ k) =>
    /** @type {import('better-sqlite3').Statement} */ (st.get(k));
  return {
    one: async (/** @type {string} */ k, /** @type {string} */ a) => of(k).get(a),
    all: async (/** @type {string} */ k, /** @type {string} */ a) => of(k).all(a),
    close: async () => void db.close(),
  };
}

async function openPostgres(/** @type {string} */ url) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const text = (/** @type {string} */ k) => SQL[/** @type {keyof SQL} */ (k)].replace('?', '$1');
  return {
    one: async (/** @type {string} */ k, /** @type {string} */ a) =>
      (await pool.query(text(k), [a])).rows[0],
    all: async (/** @type {string} */ k, /** @type {string} */ a) =>
      (await pool.query(text(k), [a])).rows,
    close: () => pool.end(),
  };
}
