#!/usr/bin/env node
/**
 * Crash drill (等保 2.0: 数据完整性与可恢复性): kills the real server with SIGKILL while 16 clients
 * issue numbered, audited writes, restarts it, and checks after every kill that
 *   - every write the server acknowledged (HTTP 201) is in the register with the number it answered,
 *   - the register of each 文号 series has no gap and no double (1..n),
 *   - `fazhi audit verify` passes on the whole trail.
 * Runs on SQLite and on PostgreSQL (local, trust auth; BENCH_DATABASE_URL to point elsewhere).
 *
 *   npm run build && node bench/crash-drill.mjs [--rounds 20] [--engine sqlite,pg]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pgEngine, pgProblem, sqliteEngine } from './lib/engines.mjs';
import { ROOT, cleanup, startFazhi, tail } from './lib/procs.mjs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    engine: { type: 'string', default: 'sqlite,pg' },
  },
});
const ROUNDS = Number(values.rounds);
const CLIENTS = 16;
const WRITE_PATH = '/api/v1/numbering/issue';

/** @param {string} base */
async function signIn(base) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'clerk', password: 'Demo@2024' }),
  });
  const body = /** @type {{ csrfToken?: string }} */ (await res.json());
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('fazhi_sid='));
  if (res.status !== 200 || !cookie)
    throw new Error(`clerk 登录失败：HTTP ${res.status} ${JSON.stringify(body)}`);
  return { 'content-type': 'application/json', cookie, 'x-csrf-token': String(body.csrfToken) };
}

/**
 * 16 clients write until the server dies; returns what it acknowledged.
 * @param {string} base @param {Record<string, string>} headers @param {AbortSignal} stop
 */
async function writeUntilKilled(base, headers, stop) {
  /** @type {{ id: string, text: string }[]} */
  const acked = [];
  let refused = 0;
  const client = async (/** @type {number} */ c) => {
    for (let i = 0; !stop.aborted; i++) {
      try {
        const res = await fetch(`${base}${WRITE_PATH}`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ kind: 'town_document', title: `关于演练的通知（${c}-${i}）` }),
        });
        const body = /** @type {{ id?: string, text: string } | null} */ (
          await res.json().catch(() => null)
        );
        if (res.status === 201 && body?.id) acked.push({ id: body.id, text: body.text });
        else refused += 1;
      } catch {
        return; // connection reset: the server is gone
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  return { acked, refused };
}

/** @param {import('./lib/engines.mjs').Engine} engine */
async function drill(engine) {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-drill-log-'));
  const log = path.join(logDir, `${engine.key}.log`);
  const first = await startFazhi(
    { ...engine.fazhiEnv, FAZHI_DEMO: '1', FAZHI_SCHEDULER: '0' },
    log,
  );
  await first.stop();
  /** @type {Map<string, string>} */
  const acknowledged = new Map();
  let kills = 0;
  let lostTotal = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const server = await startFazhi({ ...engine.fazhiEnv, FAZHI_SCHEDULER: '0' }, log);
    const headers = await signIn(server.url);
    const stop = new AbortController();
    const writing = writeUntilKilled(server.url, headers, stop.signal);
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 900));
    process.kill(server.pid, 'SIGKILL');
    kills += 1;
    stop.abort();
    const { acked } = await writing;
    for (const a of acked) acknowledged.set(a.id, a.text);
    const found = await engine.withSql((sql) =>
      sql.all(`SELECT id, number_text AS text FROM doc_numbers WHERE kind = 'town_document'`),
    );
    const inDb = new Map(found.map((r) => [r.id, r.text]));
    const lost = [...acknowledged].filter(([id, text]) => inDb.get(id) !== text);
    lostTotal += lost.length;
    const series = await engine.withSql((sql) =>
      sql.all(
        `SELECT org_id AS org, year, COUNT(*) AS n, COUNT(DISTINCT seq) AS distinct_seq, MIN(seq) AS lo, MAX(seq) AS hi FROM doc_numbers WHERE kind = 'town_document' GROUP BY org_id, year`,
      ),
    );
    const broken = series.filter(
      (s) =>
        Number(s.n) !== Number(s.distinct_seq) ||
        Number(s.lo) !== 1 ||
        Number(s.hi) !== Number(s.n),
    );
    console.log(
      `${engine.key} 第 ${String(round).padStart(2)} 次：确认写入 ${acked.length}，累计 ${acknowledged.size}，库中 ${inDb.size}，丢失 ${lost.length}，序列断号/重号 ${broken.length}`,
    );
    if (lost.length || broken.length)
      throw new Error(
        `${engine.key}: 丢失 ${JSON.stringify(lost.slice(0, 3))} 断号 ${JSON.stringify(broken)}`,
      );
  }
  const verify = spawnSync(
    process.execPath,
    [path.join(ROOT, 'server/bin/fazhi.js'), 'audit', 'verify'],
    {
      cwd: ROOT,
      env: { ...process.env, ...engine.fazhiEnv, FAZHI_LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    },
  );
  const last = verify.stdout.trim().split('\n').at(-1);
  console.log(`${engine.key} audit verify：${last}（退出码 ${verify.status}）`);
  if (verify.status !== 0)
    throw new Error(
      `${engine.key}: audit verify 失败\n${verify.stdout}\n${verify.stderr}\n${tail(log)}`,
    );
  return { engine: engine.key, kills, acknowledged: acknowledged.size, lost: lostTotal };
}

async function main() {
  const results = [];
  for (const key of values.engine.split(',')) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `fazhi-drill-${key}-`));
    if (key === 'pg') {
      const problem = await pgProblem();
      if (problem) throw new Error(`PostgreSQL 不可达：${problem}`);
    }
    const engine = key === 'pg' ? await pgEngine(dataDir) : sqliteEngine(dataDir);
    results.push(await drill(engine));
  }
  console.log('\n引擎      强杀次数  确认写入  丢失');
  for (const r of results)
    console.log(
      `${r.engine.padEnd(8)}  ${String(r.kills).padStart(8)}  ${String(r.acknowledged).padStart(8)}  ${String(r.lost).padStart(4)}`,
    );
}

main()
  .then(() => cleanup())
  .catch(async (e) => {
    console.error(e);
    await cleanup();
    process.exit(1);
  });
