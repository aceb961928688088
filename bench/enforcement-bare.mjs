/**
 * The baselines of the enforcement benchmark: a minimal Fastify server on the same database, with the
 * same durability, doing the same database work as Fazhi without sessions, permissions, validation,
 * audit, clocks, tasks, masking or presentation.
 *
 *   GET  /cases           the first page of 20 by 线索 date, with the entrusting body, and the total,
 *                         both limited to the officer's subtree (GET /api/v1/enforcement/cases)
 *   POST /cases           a new case (登记线索): its number from the town's counter and the row, in one
 *                         transaction; answers the row (POST /api/v1/enforcement/cases)
 *   POST /cases/:id/file  立案: the case moves from 线索 to 调查取证 and records the day; answers the row
 *
 * Environment: BARE_PORT; BARE_SQLITE_FILE or BARE_DATABASE_URL; BARE_SCOPE_PATH.
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { shanghaiToday } from './lib/bare-queries.mjs';

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
// Its own counter per process: a second bare run on the same database must not collide with the first.
const KIND = `bench_bare_case_${process.pid}`;
const COLUMNS = [
  'id',
  'org_id',
  'town_id',
  'case_no',
  'title',
  'field',
  'authority_basis',
  'entrustment_id',
  'party_name',
  'party_kind',
  'facts',
  'major',
  'status',
  'clue_on',
  'officer_ids',
  'extension_days',
  'procedure',
  'created_by',
  'created_at',
  'updated_at',
];
/**
 * A new case's columns from the request body, in COLUMNS order; the number (null here) is drawn in the write.
 * @param {any} b @param {{ orgId: string, townId: string, userId: string }} who @param {string} day
 */
const caseValues = (b, who, day) => {
  const at = new Date().toISOString();
  return [
    randomUUID(),
    who.orgId,
    who.townId,
    null,
    String(b.title),
    String(b.field),
    String(b.authorityBasis),
    b.entrustmentId ?? null,
    String(b.partyName),
    String(b.partyKind),
    String(b.facts),
    0,
    'clue',
    day,
    JSON.stringify(b.officerIds ?? []),
    0,
    'general',
    who.userId,
    at,
    at,
  ];
};
/** The 文号 prefix of a case filed on `day`: 综执案〔year〕. @param {string} day */
const casePrefix = (day) => `综执案〔${day.slice(0, 4)}〕`;
const WHO = `SELECT org_id, town_id, created_by FROM enforcement_cases
  WHERE authority_basis = 'entrusted' ORDER BY created_at DESC LIMIT 1`;
const store = env.BARE_DATABASE_URL
  ? await openPostgres(env.BARE_DATABASE_URL)
  : await openSqlite();
const app = Fastify({ logger: false });
app.get('/readyz', async () => ({ status: 'ready' }));
app.get('/cases', async () => {
  const [items, total] = await Promise.all([store.all('page'), store.all('total')]);
  return { items, total: Number(total[0]?.n ?? 0) };
});
app.post('/cases', async (req, reply) => reply.status(201).send(await store.create(req.body)));
app.post('/cases/:id/file', async (req, reply) => {
  const row = await store.file(/** @type {{ id: string }} */ (req.params).id);
  return row ?? reply.status(409).send({ error: { code: 'NOT_A_CLUE' } });
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
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const st = new Map(Object.entries(SQL).map(([k, s]) => [k, db.prepare(s)]));
  const w = /** @type {any} */ (db.prepare(WHO).get());
  const who = { orgId: w.org_id, townId: w.town_id, userId: w.created_by };
  const next = db.prepare(`INSERT INTO doc_number_sequences (org_id, kind, year, last_value)
    VALUES (?, ?, ?, 1) ON CONFLICT (org_id, kind, year)
    DO UPDATE SET last_value = doc_number_sequences.last_value + 1 RETURNING last_value`);
  const insert = db.prepare(`INSERT INTO enforcement_cases (${COLUMNS.join(', ')})
    VALUES (${COLUMNS.map(() => '?').join(', ')}) RETURNING *`);
  const file =
    db.prepare(`UPDATE enforcement_cases SET status = 'investigating', filed_on = ?, updated_at = ?
    WHERE id = ? AND status = 'clue' RETURNING *`);
  const create = db.transaction((/** @type {any} */ body) => {
    const day = shanghaiToday();
    const v = caseValues(body, who, day);
    const n = /** @type {any} */ (next.get(who.townId, KIND, Number(day.slice(0, 4)))).last_value;
    v[3] = `${casePrefix(day)}${n}号`;
    return insert.get(...v);
  });
  return {
    all: async (/** @type {string} */ k) =>
      /** @type {import('better-sqlite3').Statement} */ (st.get(k)).all(scope),
    create: async (/** @type {any} */ body) => create.immediate(body),
    file: async (/** @type {string} */ id) =>
      file.get(shanghaiToday(), new Date().toISOString(), id),
    close: async () => void db.close(),
  };
}

async function openPostgres(/** @type {string} */ url) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const text = (/** @type {string} */ k) => SQL[/** @type {keyof SQL} */ (k)].replace('?', '$1');
  const w = (await pool.query(WHO)).rows[0];
  const who = { orgId: w.org_id, townId: w.town_id, userId: w.created_by };
  // The number and the row in one statement (one round trip, one implicit transaction).
  const cols = COLUMNS.filter((c) => c !== 'case_no');
  const n = cols.length;
  const create = `WITH n AS (INSERT INTO doc_number_sequences (org_id, kind, year, last_value)
      VALUES ($${n + 1}, $${n + 2}, $${n + 3}, 1) ON CONFLICT (org_id, kind, year)
      DO UPDATE SET last_value = doc_number_sequences.last_value + 1 RETURNING last_value)
    INSERT INTO enforcement_cases (${COLUMNS.join(', ')})
    SELECT ${COLUMNS.map((c) => (c === 'case_no' ? `$${n + 4} || n.last_value || '号'` : `$${cols.indexOf(c) + 1}`)).join(', ')}
    FROM n RETURNING *`;
  return {
    all: async (/** @type {string} */ k) => (await pool.query(text(k), [scope])).rows,
    create: async (/** @type {any} */ body) => {
      const day = shanghaiToday();
      const v = caseValues(body, who, day);
      const params = [...v.slice(0, 3), ...v.slice(4), who.townId, KIND, Number(day.slice(0, 4))];
      return (await pool.query(create, [...params, casePrefix(day)])).rows[0];
    },
    file: async (/** @type {string} */ id) =>
      (
        await pool.query(
          `UPDATE enforcement_cases SET status = 'investigating', filed_on = $1, updated_at = $2
           WHERE id = $3 AND status = 'clue' RETURNING *`,
          [shanghaiToday(), new Date().toISOString(), id],
        )
      ).rows[0],
    close: () => pool.end(),
  };
}
