import path from 'node:path';
import { measure } from './load.mjs';
import { rssMb, startBare, startFazhi, tail, withPeakRss } from './procs.mjs';
import { demoFacts, seedTasks } from './seed.mjs';
import { seedTownClerks } from './towns.mjs';

/**
 * @typedef {{ tool: 'wrk' | 'autocannon', seconds: number, warmup: number, connections: number[],
 *   idleSeconds: number, inboxQuery: string, logDir: string }} Options
 * @typedef {import('./engines.mjs').Engine} Engine
 * @typedef {Awaited<ReturnType<typeof demoFacts>>} Facts
 * @typedef {import('./report.mjs').Row} Row
 */

const WRITE_PATH = '/api/v1/numbering/issue';
const WRITE_BODY = JSON.stringify({ kind: 'town_document', title: '关于基准测试的通知（{n}）' });
// Load runs keep scheduled jobs off so the figures measure requests only, not a sweep that happens to start.
const LOAD_ENV = { FAZHI_SCHEDULER: '0' };

/** @param {Engine} engine @param {Options} o @param {string} name */
const logFile = (engine, o, name) => path.join(o.logDir, `${engine.key}-${name}.log`);

/**
 * First start on an empty database (migrations + demo data), then who the clerk is.
 * @param {Engine} engine @param {Options} o
 */
export async function prepare(engine, o) {
  const server = await startFazhi(
    { ...engine.fazhiEnv, FAZHI_DEMO: '1' },
    logFile(engine, o, 'first-start'),
  );
  await stopChecked(server, 'first start');
  const facts = await engine.withSql(demoFacts);
  return { facts, firstStartMs: server.startMs, bareEnv: bareEnv(engine, facts) };
}

/** @param {Engine} engine @param {Facts} f */
const bareEnv = (engine, f) => ({
  ...engine.bareEnv,
  BARE_ORG_ID: f.clerkOrgId,
  BARE_USER_ID: f.clerkId,
  BARE_SCOPE_PATH: f.scopePath,
  BARE_ROLES: f.roles.join(','),
});

/**
 * Cold starts on the existing database, then resident memory after a few requests and a quiet spell.
 * @param {Engine} engine @param {Options} o @param {number} runs
 */
export async function footprint(engine, o, runs = 3) {
  const starts = [];
  let server;
  for (let i = 0; i < runs; i++) {
    if (server) await stopChecked(server, 'cold start');
    server = await startFazhi(engine.fazhiEnv, logFile(engine, o, 'footprint'));
    starts.push(server.startMs);
  }
  if (!server) throw new Error('footprint: runs must be ≥ 1');
  const session = await signIn(server.url);
  for (let i = 0; i < 5; i++) {
    for (const p of [
      '/readyz',
      '/api/v1/auth/me',
      '/api/v1/orgs',
      `/api/v1/inbox?${o.inboxQuery}`,
      '/',
    ]) {
      await fetch(`${server.url}${p}`, { headers: session.headers }).then((r) => r.arrayBuffer());
    }
  }
  await new Promise((r) => setTimeout(r, o.idleSeconds * 1000));
  const rss = rssMb(server.pid);
  await stopChecked(server, 'footprint');
  return { coldStartMs: median(starts), starts, rssMb: rss };
}

/**
 * The authenticated write: POST /api/v1/numbering/issue as the clerk, against inserting the same row bare.
 * @param {Engine} engine @param {Options} o @param {Record<string, string>} bare
 * @returns {Promise<{ rows: Row[], problem: string | null }>}
 */
export async function writePath(engine, o, bare) {
  /** @type {Row[]} */
  const rows = o.connections.map((connections) => ({ connections }));
  const json = { 'content-type': 'application/json' };
  await withServer(startBare(bare, logFile(engine, o, 'bare')), async (s) => {
    const problem = await probe(s.url, 'POST', '/write', json, WRITE_BODY);
    if (problem) throw new Error(`bare server /write: ${problem}`);
    for (const r of rows)
      r.bare = await measure(
        o.tool,
        {
          url: `${s.url}/write`,
          method: 'POST',
          headers: json,
          body: WRITE_BODY,
          connections: r.connections,
          seconds: o.seconds,
        },
        o.warmup,
      );
  });
  let problem = null;
  await withServer(
    startFazhi({ ...engine.fazhiEnv, ...LOAD_ENV }, logFile(engine, o, 'write')),
    async (s) => {
      const session = await signIn(s.url);
      const headers = { ...json, ...session.headers, 'x-csrf-token': session.csrf };
      problem = await probe(s.url, 'POST', WRITE_PATH, headers, WRITE_BODY);
      if (problem) return;
      for (const r of rows)
        r.fazhi = await measure(
          o.tool,
          {
            url: `${s.url}${WRITE_PATH}`,
            method: 'POST',
            headers,
            body: WRITE_BODY,
            connections: r.connections,
            seconds: o.seconds,
          },
          o.warmup,
        );
    },
  );
  return { rows, problem };
}

/**
 * Sixteen clerks in sixteen towns issuing 文号 at once: requests take the towns' sessions in turn over
 * `connections` connections, so each town has its own sequence and audit chain under concurrent load.
 * Bare is the same INSERT as the write path at the same connection count. Peak RSS of each server too.
 * @param {Engine} engine @param {Options} o @param {Record<string, string>} bare @param {number} towns
 */
export async function writeTowns(engine, o, bare, towns = 16) {
  const usernames = await engine.withSql((sql) => seedTownClerks(sql, towns));
  const json = { 'content-type': 'application/json' };
  const spec = {
    method: /** @type {const} */ ('POST'),
    body: WRITE_BODY,
    connections: towns,
    seconds: o.seconds,
  };
  /** @type {Row} */
  const row = { connections: towns };
  const rss = { bare: NaN, fazhi: NaN };
  await withServer(startBare(bare, logFile(engine, o, 'bare-towns')), async (s) => {
    const run = await withPeakRss(s.pid, () =>
      measure(o.tool, { ...spec, url: `${s.url}/write`, headers: json }, o.warmup),
    );
    row.bare = run.result;
    rss.bare = run.peakMb;
  });
  /** @type {string | null} */
  let problem = null;
  await withServer(
    startFazhi({ ...engine.fazhiEnv, ...LOAD_ENV }, logFile(engine, o, 'write-towns')),
    async (s) => {
      const sessions = [];
      for (const u of usernames) sessions.push(await signIn(s.url, u));
      const headerSets = sessions.map((x) => ({ ...x.headers, 'x-csrf-token': x.csrf }));
      for (const h of headerSets) {
        problem ??= await probe(s.url, 'POST', WRITE_PATH, { ...json, ...h }, WRITE_BODY);
      }
      if (problem) return;
      const run = await withPeakRss(s.pid, () =>
        measure(
          o.tool,
          { ...spec, url: `${s.url}${WRITE_PATH}`, headers: json, headerSets },
          o.warmup,
        ),
      );
      row.fazhi = run.result;
      rss.fazhi = run.peakMb;
    },
  );
  return { rows: [row], problem, rss };
}

/**
 * The authenticated, tenancy-filtered list over `count` task rows, against the same SELECT bare.
 * @param {Engine} engine @param {Options} o @param {Facts} facts @param {Record<string, string>} bare @param {number} count
 * @returns {Promise<{ rows: Row[], problem: string | null, totals: { bare?: number, fazhi?: number, fazhiItems?: number }, seedMs: number }>}
 */
export async function readPath(engine, o, facts, bare, count) {
  const seeded = performance.now();
  await seedTasks(engine, facts, count);
  const seedMs = performance.now() - seeded;
  /** @type {Row[]} */
  const rows = o.connections.map((connections) => ({ connections }));
  const status = new URLSearchParams(o.inboxQuery).get('status');
  /** @type {{ bare?: number, fazhi?: number, fazhiItems?: number }} */
  const totals = {};
  await withServer(startBare(bare, logFile(engine, o, 'bare')), async (s) => {
    const url = `${s.url}/list${status ? `?status=${encodeURIComponent(status)}` : ''}`;
    totals.bare = (await json(fetch(url))).total;
    for (const r of rows)
      r.bare = await measure(
        o.tool,
        { url, method: 'GET', headers: {}, connections: r.connections, seconds: o.seconds },
        o.warmup,
      );
  });
  let problem = null;
  await withServer(
    startFazhi({ ...engine.fazhiEnv, ...LOAD_ENV }, logFile(engine, o, 'read')),
    async (s) => {
      const session = await signIn(s.url);
      const url = `${s.url}/api/v1/inbox?${o.inboxQuery}`;
      problem = await probe(s.url, 'GET', `/api/v1/inbox?${o.inboxQuery}`, session.headers);
      if (problem) return;
      const body = await json(fetch(url, { headers: session.headers }));
      // A paged list says `total`; the first inbox version answered every item plus per-status counts.
      totals.fazhi =
        body.total ?? (status ? body.counts?.[status] : body.counts?.total) ?? body.items?.length;
      totals.fazhiItems = body.items?.length;
      for (const r of rows)
        r.fazhi = await measure(
          o.tool,
          {
            url,
            method: 'GET',
            headers: session.headers,
            connections: r.connections,
            seconds: o.seconds,
          },
          o.warmup,
        );
    },
  );
  return { rows, problem, totals, seedMs };
}

/**
 * @param {Promise<import('./procs.mjs').Running>} starting
 * @param {(s: import('./procs.mjs').Running) => Promise<void>} fn
 */
async function withServer(starting, fn) {
  const s = await starting;
  try {
    await fn(s);
  } finally {
    await stopChecked(s, path.basename(s.log, '.log'));
  }
}

/** @param {import('./procs.mjs').Running} s @param {string} what */
async function stopChecked(s, what) {
  const started = performance.now();
  const exit = await s.stop();
  const ms = performance.now() - started;
  if (exit !== 0)
    console.log(
      `  ! ${what}: server exited with ${exit} after SIGTERM (${ms.toFixed(0)} ms)\n${tail(s.log, 10)}`,
    );
  else if (ms > 2000)
    console.log(`  ! ${what}: server took ${(ms / 1000).toFixed(1)} s to shut down after SIGTERM`);
}

/** Signs in as a demo clerk; returns the cookie header and CSRF token for wrk/autocannon. */
export async function signIn(/** @type {string} */ base, username = 'clerk') {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@2024' }),
  });
  const body = await json(Promise.resolve(res)).catch(() => null);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('fazhi_sid='));
  if (res.status !== 200 || !cookie || body?.stage !== 'active') {
    throw new Error(`${username} 登录失败：HTTP ${res.status} ${JSON.stringify(body)}`);
  }
  return { headers: { cookie }, csrf: String(body.csrfToken) };
}

/**
 * One request before the load: null when it succeeds, else a short reason ("endpoint missing", status …).
 * @param {string} base @param {'GET' | 'POST'} method @param {string} p @param {Record<string, string>} headers @param {string} [body]
 */
async function probe(base, method, p, headers, body) {
  const res = await fetch(`${base}${p}`, {
    method,
    headers,
    body: body?.replaceAll('{n}', 'probe'),
  });
  if (res.ok) return null;
  const text = await res.text();
  if (res.status === 404 && /接口不存在|Route .* not found/.test(text))
    return `endpoint missing (${method} ${p.split('?')[0]})`;
  return `HTTP ${res.status}: ${text.slice(0, 160)}`;
}

/** A response body as loosely typed JSON (these are probes of our own API, checked field by field). */
const json = async (/** @type {Promise<Response>} */ res) =>
  /** @type {any} */ (await (await res).json());

const median = (/** @type {number[]} */ xs) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
