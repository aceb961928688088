#!/usr/bin/env node
/**
 * Portal benchmark (issue 4): the public catalogue list and Chinese full-text search of 主动公开 at
 * 1 and 16 concurrent clients over 100 k published entries, against a bare Fastify server doing the
 * same database work (bench/disclosure-portal-bare.mjs, built like the foundation's bare-server.mjs).
 * Anonymous requests (the portal needs no login). Prints figures and targets; never asserts.
 *
 *   node bench/disclosure-portal.mjs [--quick] [--engine sqlite,pg] [--rows 100k] [--connections 1,16]
 *                                    [--duration 10] [--warmup 2] [--load wrk|autocannon]
 * Requires a build (npm run build): servers run from server/dist.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pgAdminUrl, pgEngine, pgProblem, sqliteEngine } from './lib/engines.mjs';
import { measure, pickLoadTool } from './lib/load.mjs';
import { benchScratch, cleanup, freePort, ROOT, startFazhi, tail, track } from './lib/procs.mjs';
import { heading, loadTable, note } from './lib/report.mjs';
import { prepare } from './lib/scenarios.mjs';
import { SEARCH_NOTE, SEARCH_QUERY, seedPortalEntries } from './disclosure-portal-seed.mjs';

/** Issue 4's targets: ≥ 60 % of bare, p99 ≤ 20 ms for the list and ≤ 50 ms for search. */
const TARGETS = { list: { ratio: 0.6, p99: 20 }, search: { ratio: 0.6, p99: 50 } };
const LIST_PATH = '/api/v1/public/disclosure/items';
const SEARCH_PATH = `/api/v1/public/disclosure/items?q=${encodeURIComponent(SEARCH_QUERY)}`;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    engine: { type: 'string', default: 'sqlite,pg' },
    rows: { type: 'string', default: '100k' },
    connections: { type: 'string', default: '1,16' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    load: { type: 'string' },
  },
});
const rows = Math.round(
  Number(/^(\d+(?:\.\d+)?)/.exec(values.rows)?.[1]) *
    (/m$/i.test(values.rows) ? 1e6 : /k$/i.test(values.rows) ? 1e3 : 1),
);
const o = {
  tool: pickLoadTool(/** @type {'wrk' | 'autocannon' | undefined} */ (values.load)),
  seconds: Number(values.duration ?? (values.quick ? 3 : 10)),
  warmup: Number(values.warmup ?? (values.quick ? 1 : 2)),
  connections: values.connections.split(',').map(Number),
  idleSeconds: 0,
  inboxQuery: '',
  logDir: '',
};
const { tmp, logDir } = benchScratch('portal');
o.logDir = logDir;

/**
 * Starts the portal's bare baseline and waits for /readyz.
 * @param {Record<string, string>} env @param {string} logFile
 */
async function startPortalBare(env, logFile) {
  const port = await freePort();
  const fd = fs.openSync(logFile, 'a');
  const child = track(
    spawn(process.execPath, [path.join(ROOT, 'bench/disclosure-portal-bare.mjs')], {
      cwd: ROOT,
      env: { ...process.env, ...env, BARE_PORT: String(port) },
      stdio: ['ignore', fd, fd],
    }),
  );
  fs.closeSync(fd);
  const url = `http://127.0.0.1:${port}`;
  for (const started = performance.now(); ;) {
    if (child.exitCode !== null)
      throw new Error(`disclosure-portal-bare.mjs 启动失败：\n${tail(logFile)}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (performance.now() - started > 60_000)
      throw new Error(`disclosure-portal-bare.mjs 60 s 内未就绪：\n${tail(logFile)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) =>
        child.exitCode !== null
          ? resolve(null)
          : (child.once('exit', resolve), child.kill('SIGTERM')),
      ),
  };
}

/** @param {string} url */
const total = async (url) =>
  Number(/** @type {{ total: number }} */ (await (await fetch(url)).json()).total);

/**
 * @param {string} base @param {string} p
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
async function runAll(base, p) {
  const out = [];
  for (const connections of o.connections)
    out.push({
      connections,
      fazhi: await measure(
        o.tool,
        { url: `${base}${p}`, method: 'GET', headers: {}, connections, seconds: o.seconds },
        o.warmup,
      ),
    });
  return out;
}

try {
  const cpu = os.cpus();
  console.log(
    `Fazhi portal benchmark — ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; ${o.tool}, ${o.seconds} s per run after ${o.warmup} s warm-up`,
  );
  for (const key of values.engine.split(',')) {
    if (key === 'pg' && (await pgProblem())) {
      heading('PostgreSQL: skipped');
      note(`PostgreSQL is not reachable at ${pgAdminUrl()}`);
      continue;
    }
    const dataDir = path.join(tmp, key);
    const engine = key === 'pg' ? await pgEngine(dataDir) : sqliteEngine(dataDir);
    heading(`${engine.label}: portal over ${rows / 1000} k published entries`);
    await prepare(engine, o);
    const seeded = performance.now();
    const { townId } = await seedPortalEntries(engine, rows);
    note(
      `entries seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s (entry + public index row with search tokens + totals); ${SEARCH_NOTE}`,
    );

    const bare = await startPortalBare(
      { ...engine.bareEnv, BARE_TOWN_ID: townId },
      path.join(o.logDir, `${key}-bare.log`),
    );
    /** @type {import('./lib/load.mjs').LoadResult[]} */
    const bareList = [];
    /** @type {import('./lib/load.mjs').LoadResult[]} */
    const bareSearch = [];
    const bareTotals = {
      list: await total(`${bare.url}/catalogue`),
      search: await total(`${bare.url}/search?q=${encodeURIComponent(SEARCH_QUERY)}`),
    };
    for (const connections of o.connections) {
      bareList.push(
        await measure(
          o.tool,
          {
            url: `${bare.url}/catalogue`,
            method: 'GET',
            headers: {},
            connections,
            seconds: o.seconds,
          },
          o.warmup,
        ),
      );
      bareSearch.push(
        await measure(
          o.tool,
          {
            url: `${bare.url}/search?q=${encodeURIComponent(SEARCH_QUERY)}`,
            method: 'GET',
            headers: {},
            connections,
            seconds: o.seconds,
          },
          o.warmup,
        ),
      );
    }
    await bare.stop();

    const fazhi = await startFazhi(
      { ...engine.fazhiEnv, FAZHI_SCHEDULER: '0' },
      path.join(o.logDir, `${key}-fazhi.log`),
    );
    const fazhiTotals = {
      list: await total(`${fazhi.url}${LIST_PATH}`),
      search: await total(`${fazhi.url}${SEARCH_PATH}`),
    };
    const list = await runAll(fazhi.url, LIST_PATH);
    const search = await runAll(fazhi.url, SEARCH_PATH);
    await fazhi.stop();

    loadTable(
      `portal catalogue — GET ${LIST_PATH} (anonymous, newest 20 + total)  vs  the same SELECTs bare`,
      list.map((r, i) => ({ ...r, bare: bareList[i] })),
      TARGETS.list,
      null,
    );
    note(`entries listed: bare ${bareTotals.list}, fazhi ${fazhiTotals.list}`);
    loadTable(
      `portal search — GET ${SEARCH_PATH}  vs  the same segmentation + full-text SELECTs bare`,
      search.map((r, i) => ({ ...r, bare: bareSearch[i] })),
      TARGETS.search,
      null,
    );
    note(
      `matching entries: bare ${bareTotals.search}, fazhi ${fazhiTotals.search}${bareTotals.search !== fazhiTotals.search ? '  ! totals differ: align disclosure-portal-bare.mjs with portal.repository.ts' : ''}`,
    );
  }
} catch (e) {
  console.error(`\nbench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
