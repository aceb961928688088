#!/usr/bin/env node
/**
 * `node bench/indicators.mjs [--engine sqlite,pg] [--rows 100k] [--runs 5]`: the indicator registry of
 * one town for a year (GET /api/v1/indicators, every module's figures with last year's) and the county's
 * view of every town side by side (GET /api/v1/indicators/towns), on the demo plus N disputes of 2023 and
 * 2024 written straight into the disputes table (the module with the most records). Targets (issue 14):
 * one town ≤ 300 ms, the county ≤ 1 s. Prints figures; never asserts. Requires `npm run build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pgAdminUrl, pgEngine, pgProblem, sqliteEngine } from './lib/engines.mjs';
import { cleanup, onCleanup, startFazhi, tail } from './lib/procs.mjs';
import { figure, heading, note } from './lib/report.mjs';

const YEAR = 2024;
const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite,pg' },
    rows: { type: 'string', default: '100k' },
    runs: { type: 'string', default: '5' },
  },
});
const rows = Math.round(
  Number(/^(\d+)([km]?)$/i.exec(values.rows)?.[1] ?? values.rows) *
    ({ k: 1000, m: 1_000_000 }[(/[km]$/i.exec(values.rows)?.[0] ?? '').toLowerCase()] ?? 1),
);
const runs = Math.max(1, Number(values.runs));

/**
 * One INSERT … SELECT per batch: received over 2023–2024, a third by 110 分流, a third court-referred,
 * concluded 10 days later with an agreement (2 in 3) or not, most closed after the visit.
 * @param {'sqlite' | 'pg'} d @param {string} townId @param {number} from @param {number} to
 */
function insertSql(d, townId, from, to) {
  const pg = d === 'pg';
  const series = pg
    ? `generate_series(${from}, ${to}) AS g(i)`
    : `(WITH RECURSIVE g(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM g WHERE i < ${to}) SELECT i FROM g) AS g`;
  const uuid = pg
    ? `'00000000-0000-7000-b000-' || lpad(to_hex(i), 12, '0')`
    : `printf('00000000-0000-7000-b000-%012x', i)`;
  const code = pg ? `'BENCH-' || lpad(i::text, 8, '0')` : `printf('BENCH-%08d', i)`;
  const day = (/** @type {string} */ offset) =>
    pg
      ? `(DATE '${YEAR - 1}-01-01' + (${offset}))`
      : `date('${YEAR - 1}-01-01', (${offset}) || ' days')`;
  const now = pg ? 'now()' : `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
  return `INSERT INTO disputes (id, org_id, town_id, code, channel, received_on, category, title, facts, dup_key, status,
      chosen_by_parties, extension_days, due_on, concluded_on, outcome, created_at, updated_at)
    SELECT ${uuid}, ${q(townId)}, ${q(townId)}, ${code},
      CASE i % 3 WHEN 0 THEN 'police110' WHEN 1 THEN 'court' ELSE 'grid' END, ${day('i % 720')}, 'contract',
      '基准纠纷', '基准测试', 'bench' || i, CASE WHEN i % 10 = 0 THEN 'concluded' ELSE 'closed' END, 0, 0,
      ${day('i % 720 + 15')}, ${day('i % 720 + 10')}, CASE WHEN i % 3 = 2 THEN 'failed' WHEN i % 2 = 0 THEN 'written' ELSE 'oral' END,
      ${now}, ${now}
    FROM ${series}`;
}

/** A SQL string literal (values here are our own constants). */
const q = (/** @type {string} */ v) => `'${v.replaceAll("'", "''")}'`;

/** @param {string} base @param {string} username */
async function signIn(base, username) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@2024' }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('fazhi_sid='));
  if (res.status !== 200 || !cookie) throw new Error(`${username} 登录失败：HTTP ${res.status}`);
  return { cookie };
}

/** @param {string} url @param {Record<string, string>} headers */
async function timed(url, headers) {
  const started = performance.now();
  const res = await fetch(url, { headers });
  const body = await res.json();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  return { ms, body };
}

const median = (/** @type {number[]} */ xs) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-indicators-'));
onCleanup(() => fs.rmSync(tmp, { recursive: true, force: true }));
try {
  console.log(
    `Indicators of ${YEAR} over the demo plus ${rows.toLocaleString('en')} disputes; ${runs} timed requests after one warm-up. Figures only.`,
  );
  for (const key of values.engine.split(',').map((s) => s.trim())) {
    if (key === 'pg') {
      const problem = await pgProblem();
      if (problem) {
        heading('PostgreSQL: skipped');
        note(`PostgreSQL is not reachable at ${pgAdminUrl()}: ${problem}`);
        continue;
      }
    }
    const dataDir = path.join(tmp, key);
    const engine = key === 'pg' ? await pgEngine(dataDir) : sqliteEngine(dataDir);
    heading(`${engine.label}: indicator registry`);
    const log = path.join(tmp, `${key}.log`);
    const first = await startFazhi(
      { ...engine.fazhiEnv, FAZHI_DEMO: '1', FAZHI_SCHEDULER: '0' },
      log,
    );
    await first.stop();
    const seeded = performance.now();
    await engine.withSql(async (sql) => {
      const [town] = await sql.all(`SELECT id FROM orgs WHERE code = '330282109000'`);
      if (!town) throw new Error('演示乡镇桥头镇不存在');
      for (let from = 1; from <= rows; from += 50_000)
        await sql.exec(
          `BEGIN; ${insertSql(engine.dialect, town.id, from, Math.min(rows, from + 49_999))}; COMMIT;`,
        );
      await sql.exec('ANALYZE');
    });
    note(
      `${rows.toLocaleString('en')} disputes written in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    );
    const server = await startFazhi({ ...engine.fazhiEnv, FAZHI_SCHEDULER: '0' }, log);
    try {
      /** @type {[string, string, string, number][]} */
      const endpoints = [
        [
          'GET /indicators (one town, every figure)',
          'clerk',
          `/api/v1/indicators?year=${YEAR}`,
          300,
        ],
        [
          'GET /indicators/towns (county view)',
          'county',
          `/api/v1/indicators/towns?year=${YEAR}`,
          1000,
        ],
      ];
      for (const [label, user, url, target] of endpoints) {
        const headers = await signIn(server.url, user);
        const warm = /** @type {{ ms: number, body: any }} */ (
          await timed(`${server.url}${url}`, headers)
        );
        const times = [];
        for (let i = 0; i < runs; i++) times.push((await timed(`${server.url}${url}`, headers)).ms);
        const count = warm.body.indicators?.length ?? 0;
        const towns = warm.body.towns?.length;
        figure(
          label,
          median(times),
          'ms',
          target,
          `median of ${runs}, max ${Math.max(...times).toFixed(0)} ms; ${count} indicators${towns ? ` × ${towns} towns` : ''}`,
        );
      }
    } finally {
      const exit = await server.stop();
      if (exit !== 0) note(`! server exited with ${exit}\n${tail(log, 10)}`);
    }
  }
} catch (e) {
  console.error(`\nbench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
