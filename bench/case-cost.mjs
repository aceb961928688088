#!/usr/bin/env node
/**
 * Where a case's write time goes (issue 10), on SQLite, in this process: the app answers 登记线索 +
 * 立案 through `app.inject` (no sockets, no load generator sharing the cores), one case at a time and
 * in bursts that share a group commit. Prints the server's CPU and wall time per request and the time
 * spent in each SQL statement (better-sqlite3's calls timed), busiest first. Then the floor: the very
 * statements of the one-at-a-time run, in order with their parameters, replayed raw on a copy of the
 * database taken before it (each prepared once, the same pragmas): what the requests would cost with no
 * code around their SQL. Prints; never asserts.
 *
 *   node bench/case-cost.mjs [--cases 300] [--burst 16] [--top 12]
 * Requires a build (npm run build): the app runs in this process from server/dist.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { forEachEngine } from './lib/engines.mjs';
import { inProcessApp } from './lib/in-process.mjs';
import { benchScratch } from './lib/procs.mjs';
import { heading, note } from './lib/report.mjs';
import { prepare } from './lib/scenarios.mjs';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '300' },
    burst: { type: 'string', default: '16' },
    top: { type: 'string', default: '12' },
  },
});
const cases = Number(values.cases);
const { tmp, logDir } = benchScratch('case-cost');

/** Time spent in each statement while timing, by its SQL: [calls, ms]. */
const spent = new Map();
let timing = false;
/** @typedef {'all' | 'get' | 'run'} Method */
/** The statements run while recording, in order: [SQL, method, parameters]. @type {[string, Method, unknown[]][] | null} */
let recorded = null;
const statement = Object.getPrototypeOf(new Database(':memory:').prepare('select 1'));
for (const method of /** @type {Method[]} */ (['all', 'get', 'run'])) {
  const call = statement[method];
  statement[method] = function (/** @type {unknown[]} */ ...args) {
    if (!timing) return call.apply(this, args);
    recorded?.push([this.source, method, args]);
    const t0 = performance.now();
    try {
      return call.apply(this, args);
    } finally {
      const s = spent.get(this.source) ?? [0, 0];
      s[0] += 1;
      s[1] += performance.now() - t0;
      spent.set(this.source, s);
    }
  };
}

/** @param {import('./lib/engines.mjs').Engine} engine */
async function runEngine(engine) {
  heading(engine.label);
  const o = { tool: 'autocannon', seconds: 0, warmup: 0, connections: [], idleSeconds: 0 };
  await prepare(engine, /** @type {any} */ ({ ...o, inboxQuery: '', logDir }));
  const { deps, app, close } = await inProcessApp(engine);
  try {
    const officer = await signIn('officer');
    const head = await signIn('head');
    const body = await caseBody(deps.db.kysely);
    const one = async () => {
      const c = await send(officer, '/api/v1/enforcement/cases', body, 201);
      await send(head, `/api/v1/enforcement/cases/${c.id}/file`, '{}', 200);
    };
    /** @param {string} who */
    async function signIn(who) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: who, password: 'Demo@2024' },
      });
      const cookie = [res.headers['set-cookie'] ?? []]
        .flat()
        .map((c) => c.split(';')[0] ?? '')
        .find((c) => c.startsWith('fazhi_sid='));
      if (res.statusCode !== 200 || !cookie) throw new Error(`${who} 登录失败：${res.body}`);
      return { cookie, 'x-csrf-token': res.json().csrfToken, 'content-type': 'application/json' };
    }
    /** @param {Record<string, string>} headers @param {string} url @param {string} payload @param {number} status */
    async function send(headers, url, payload, status) {
      const res = await app.inject({ method: 'POST', url, headers, payload });
      if (res.statusCode !== status) throw new Error(`${url}: HTTP ${res.statusCode} ${res.body}`);
      return res.json();
    }
    for (let i = 0; i < 30; i++) await one();
    const copy = path.join(tmp, 'before-one-at-a-time.db');
    const source = new Database(/** @type {string} */ (engine.bareEnv.BARE_SQLITE_FILE));
    await source.backup(copy);
    source.close();
    for (const burst of [1, Number(values.burst)]) {
      spent.clear();
      recorded = burst === 1 ? [] : null;
      timing = true;
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < cases / burst; i++) await Promise.all(Array.from({ length: burst }, one));
      const wall = performance.now() - t0;
      const used = process.cpuUsage(cpu);
      timing = false;
      const requests = 2 * burst * Math.ceil(cases / burst);
      const sqlMs = [...spent.values()].reduce((a, [, ms]) => a + ms, 0);
      note('');
      note(
        `${burst === 1 ? 'one case at a time' : `bursts of ${burst} cases`}: ${requests} requests, ${((1000 * requests) / wall).toFixed(0)} req/s; per request ${(wall / requests).toFixed(2)} ms wall, ${((used.user + used.system) / 1000 / requests).toFixed(2)} ms CPU, of which SQL ${(sqlMs / requests).toFixed(2)} ms`,
      );
      for (const [sql, [calls, ms]] of [...spent]
        .sort((a, b) => b[1][1] - a[1][1])
        .slice(0, Number(values.top)))
        note(
          `  ${((1000 * ms) / requests).toFixed(0).padStart(5)} µs/request  ${String(calls).padStart(5)} calls  ${sql.replace(/\s+/g, ' ').slice(0, 110)}`,
        );
      if (recorded) {
        const floor = replay(copy, recorded);
        note(
          `  floor: its ${recorded.length} statements replayed raw: ${(floor / requests).toFixed(2)} ms per request (${((1000 * requests) / floor).toFixed(0)} req/s)`,
        );
        recorded = null;
      }
    }
  } finally {
    await close();
  }
}

/**
 * Runs `statements` in order on the database file `file` with Fazhi's pragmas, each distinct SQL prepared
 * once; returns the wall time in ms. The copy was taken just before they first ran, so each writes what
 * it wrote then and every transaction commits as it did.
 * @param {string} file @param {[string, Method, unknown[]][]} statements
 */
function replay(file, statements) {
  const db = new Database(file);
  for (const p of ['journal_mode = WAL', 'synchronous = FULL', 'foreign_keys = ON']) db.pragma(p);
  /** @type {Map<string, import('better-sqlite3').Statement>} */
  const prepared = new Map();
  const steps = statements.map(([sql, method, args]) => {
    const st = prepared.get(sql) ?? db.prepare(sql);
    prepared.set(sql, st);
    return { st, method, args };
  });
  const t0 = performance.now();
  for (const { st, method, args } of steps) st[method](...args);
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/**
 * A new entrusted case naming the demo's entrustment and officers of its latest entrusted case.
 * @param {import('kysely').Kysely<any>} q
 */
async function caseBody(q) {
  const c = await q
    .selectFrom('enforcementCases')
    .select(['entrustmentId', 'officerIds', 'field'])
    .where('authorityBasis', '=', 'entrusted')
    .orderBy('createdAt', 'desc')
    .executeTakeFirstOrThrow();
  return JSON.stringify({
    title: '占用、堵塞疏散通道（基准测试）',
    field: c.field,
    authorityBasis: 'entrusted',
    entrustmentId: c.entrustmentId,
    partyName: '基准测试有限公司',
    partyKind: 'organisation',
    facts: '当事人在其经营场所内占用、堵塞疏散通道。',
    officerIds: JSON.parse(c.officerIds),
  });
}

console.log('Where a case write goes: 登记线索 + 立案 in this process (SQLite)');
await forEachEngine('sqlite', tmp, 'case cost', runEngine);
