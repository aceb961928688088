/**
 * The baseline for the portal benchmark, in the style of bench/bare-server.mjs: a minimal Fastify
 * server on the same database doing the same database work as the portal's two public endpoints,
 * without Fazhi's validation, scope lookup, presentation or error handling. Search turns the query
 * into the same full-text expression with the server's own tokenizer, as the portal does.
 *
 * Environment: BARE_PORT; BARE_SQLITE_FILE or BARE_DATABASE_URL; BARE_TOWN_ID.
 *   GET /catalogue[?category=]  → 20 newest entries of the town + total (from the per-category totals)
 *   GET /search?q=              → 20 best matches + total
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fastify from 'fastify';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// The portal's own tokens and query grammar (server/src/modules/disclosure/proactive/portal-search.ts).
const { ftsMatch, tsMatch, townToken } = await import(
  pathToFileURL(path.join(ROOT, 'server/dist/modules/disclosure/proactive/portal-search.js')).href
);
const env = process.env;
const townId = required('BARE_TOWN_ID');
const COLS =
  'item_id AS id, index_no, kind, category, title, summary, publisher_name, doc_number, created_on, published_on, abolished_on';

const store = env.BARE_DATABASE_URL
  ? await openPostgres(env.BARE_DATABASE_URL)
  : await openSqlite(required('BARE_SQLITE_FILE'));
const app = Fastify({ logger: false });
app.get('/readyz', async () => ({ status: 'ready' }));
app.get('/catalogue', async (req) =>
  store.catalogue(/** @type {{ category?: string }} */ (req.query).category ?? null),
);
app.get('/search', async (req) => {
  const query = String(/** @type {{ q?: string }} */ (req.query).q ?? '');
  const match = env.BARE_DATABASE_URL ? tsMatch(query) : ftsMatch(query);
  return match
    ? store.search(env.BARE_DATABASE_URL ? match : `(${match}) AND ${townToken(townId)}`)
    : { items: [], total: 0 };
});
await app.listen({ port: Number(env.BARE_PORT ?? 0), host: '127.0.0.1' });
const close = async () => {
  await app.close();
  await store.close();
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);

function required(/** @type {string} */ name) {
  const v = env[name];
  if (!v) throw new Error(`disclosure-portal-bare: ${name} is not set`);
  return v;
}

async function openSqlite(/** @type {string} */ file) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const page = db.prepare(
    `SELECT ${COLS} FROM disclosure_public_index WHERE town_id = ? ORDER BY created_on DESC, item_id DESC LIMIT 20 OFFSET 0`,
  );
  const pageCat = db.prepare(
    `SELECT ${COLS} FROM disclosure_public_index WHERE town_id = ? AND category = ? ORDER BY created_on DESC, item_id DESC LIMIT 20 OFFSET 0`,
  );
  const total = db.prepare('SELECT sum(n) AS n FROM disclosure_public_counts WHERE town_id = ?');
  const totalCat = db.prepare(
    'SELECT sum(n) AS n FROM disclosure_public_counts WHERE town_id = ? AND category = ?',
  );
  const hits = db.prepare(
    `SELECT ${COLS} FROM (select rowid, rank from disclosure_public_fts where disclosure_public_fts match ? order by rowid desc limit 20 offset 0) AS fts INNER JOIN disclosure_public_index ON disclosure_public_index.rowid = fts.rowid ORDER BY fts.rowid desc`,
  );
  const hitCount = db.prepare(
    'select count(*) AS n from disclosure_public_fts where disclosure_public_fts match ?',
  );
  return {
    /** @param {string | null} category */
    catalogue: async (category) => ({
      items: category ? pageCat.all(townId, category) : page.all(townId),
      total: Number(
        /** @type {any} */ (category ? totalCat.get(townId, category) : total.get(townId)).n ?? 0,
      ),
    }),
    /** @param {string} m */
    search: async (m) => {
      return { items: hits.all(m), total: /** @type {any} */ (hitCount.get(m)).n };
    },
    close: async () => void db.close(),
  };
}

async function openPostgres(/** @type {string} */ url) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    /** @param {string | null} category */
    catalogue: async (category) => {
      const where = category ? 'town_id = $1 AND category = $2' : 'town_id = $1';
      const args = category ? [townId, category] : [townId];
      const [items, total] = await Promise.all([
        pool.query(
          `SELECT ${COLS} FROM disclosure_public_index WHERE ${where} ORDER BY created_on DESC, item_id DESC LIMIT 20 OFFSET 0`,
          args,
        ),
        pool.query(`SELECT sum(n) AS n FROM disclosure_public_counts WHERE ${where}`, args),
      ]);
      return { items: items.rows, total: Number(total.rows[0]?.n ?? 0) };
    },
    /** @param {string} tq */
    search: async (tq) => {
      const [items, total] = await Promise.all([
        pool.query(
          `SELECT ${COLS} FROM disclosure_public_index WHERE town_id = $1 AND tsv @@ to_tsquery('simple', $2) ORDER BY published_at DESC, item_id DESC LIMIT 20 OFFSET 0`,
          [townId, tq],
        ),
        pool.query(
          `SELECT count(*) AS n FROM disclosure_public_index WHERE town_id = $1 AND tsv @@ to_tsquery('simple', $2)`,
          [townId, tq],
        ),
      ]);
      return { items: items.rows, total: Number(total.rows[0]?.n ?? 0) };
    },
    close: () => pool.end(),
  };
}
