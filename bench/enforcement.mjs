#!/usr/bin/env node
/**
 * Enforcement benchmark (issue 10): a case created (登记线索, by the officer) and stepped through the
 * workflow kernel (立案, approved by the head), against the same two writes bare (bench/enforcement-bare.mjs),
 * both driven by the same client at the same number of clients;
 * then the case list over 1 M cases against the same query run bare (bench/enforcement-bare.mjs).
 * Prints figures; never asserts.
 *
 *   node bench/enforcement.mjs [--quick] [--engine sqlite,pg] [--cases 1000000]
 *                              [--connections 1,16] [--duration 10] [--warmup 2] [--load wrk|autocannon]
 * Requires a build (npm run build): servers run from server/dist.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedCases } from './lib/case-seed.mjs';
import { closedLoop } from './lib/closed-loop.mjs';
import { forEachEngine } from './lib/engines.mjs';
import { measure, pickLoadTool } from './lib/load.mjs';
import { benchScratch, ROOT, startBare, startFazhi } from './lib/procs.mjs';
import { heading, loadTable, note } from './lib/report.mjs';
import { prepare, signIn } from './lib/scenarios.mjs';

/** Issue 10's targets: the stepped write at ≥ 50 % of bare (SQLite); the list's p99 ≤ 2× bare's. */
const TARGETS = { write: { ratio: 0.5, p99: Infinity }, listP99Ratio: 2 };

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    engine: { type: 'string', default: 'sqlite,pg' },
    cases: { type: 'string' },
    connections: { type: 'string', default: '1,16' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    load: { type: 'string' },
  },
});
const cases = Number(values.cases ?? (values.quick ? 100_000 : 1_000_000));
const { tmp, logDir } = benchScratch('enforcement');
/** @type {import('./lib/scenarios.mjs').Options} */
const o = {
  tool: pickLoadTool(/** @type {'wrk' | 'autocannon' | undefined} */ (values.load)),
  seconds: Number(values.duration ?? (values.quick ? 3 : 10)),
  warmup: Number(values.warmup ?? (values.quick ? 1 : 2)),
  connections: values.connections.split(',').map(Number),
  idleSeconds: 0,
  inboxQuery: '',
  logDir,
};
const json = { 'content-type': 'application/json' };
/**
 * The writes ask for no page in the answer (RFC 7240), as a client that only writes would: Fazhi then
 * answers 登记线索 with the new case's id and 立案 with 204, where the web app's requests get the whole
 * case page; the twin answers its row either way.
 */
const writes = { ...json, prefer: 'return=minimal' };
const BARE_TWIN = path.join(ROOT, 'bench/enforcement-bare.mjs');

/**
 * Cases created and filed in closed loops, the same client for Fazhi and its bare twin: each loop
 * posts a case to `base`, then files it. Counts requests (two a case).
 * @param {number} connections @param {string} base @param {string} body the new case (JSON)
 * @param {Record<string, string>} creator @param {Record<string, string>} [filer]
 */
async function steppedCases(connections, base, body, creator, filer = creator) {
  const createAndFile = async (
    /** @type {(send: () => Promise<Response>) => Promise<any>} */ t,
  ) => {
    const c = await t(() => fetch(base, { method: 'POST', headers: creator, body }));
    await t(() => fetch(`${base}/${c.id}/file`, { method: 'POST', headers: filer, body: '{}' }));
  };
  await closedLoop(connections, o.warmup, createAndFile);
  return closedLoop(connections, o.seconds, createAndFile);
}

/** The `total` of a list answer. @param {Promise<Response>} res @returns {Promise<number>} */
const totalOf = async (res) => /** @type {any} */ (await (await res).json()).total;
const logOf = (/** @type {string} */ name) => path.join(o.logDir, `${name}.log`);

/**
 * What a new case needs: the entrustment and the two certified officers of the demo's current work.
 * @param {import('./lib/engines.mjs').Engine} engine
 */
const caseBody = (engine) =>
  engine.withSql(async (sql) => {
    const [c] = await sql.all(
      "SELECT entrustment_id, officer_ids, field FROM enforcement_cases WHERE authority_basis = 'entrusted' AND status <> 'closed' ORDER BY created_at DESC LIMIT 1",
    );
    if (!c) throw new Error('演示数据缺失：没有办理中的委托执法案件');
    return {
      title: '占用、堵塞疏散通道（基准测试）',
      field: c.field,
      authorityBasis: 'entrusted',
      entrustmentId: c.entrustment_id,
      partyName: '基准测试有限公司',
      partyKind: 'organisation',
      facts: '当事人在其经营场所内占用、堵塞疏散通道。',
      officerIds: typeof c.officer_ids === 'string' ? JSON.parse(c.officer_ids) : c.officer_ids,
    };
  });

/** @param {import('./lib/engines.mjs').Engine} engine */
async function runEngine(engine) {
  heading(engine.label);
  const prep = await prepare(engine, o);
  note(`first start (migrations + 桥头镇 demo data): ${prep.firstStartMs.toFixed(0)} ms`);
  const body = JSON.stringify(await caseBody(engine));
  const env = { ...engine.fazhiEnv, FAZHI_SCHEDULER: '0' };

  /** @type {import('./lib/report.mjs').Row[]} */
  const rows = o.connections.map((connections) => ({ connections }));
  const reference = await startBare(prep.bareEnv, logOf(`${engine.key}-bare`));
  const single = await measure(
    o.tool,
    {
      url: `${reference.url}/write`,
      method: 'POST',
      headers: json,
      body: '{"title":"基准"}',
      connections: Math.max(...o.connections),
      seconds: o.seconds,
    },
    o.warmup,
  );
  await reference.stop();
  const bare = await startBare(prep.bareEnv, logOf(`${engine.key}-bare-cases`), BARE_TWIN);
  try {
    for (const r of rows)
      r.bare = await steppedCases(r.connections, `${bare.url}/cases`, body, writes);
  } finally {
    await bare.stop();
  }
  const fazhi = await startFazhi(env, logOf(`${engine.key}-write`));
  try {
    /** @param {string} who */
    const headersOf = async (who) => {
      const s = await signIn(fazhi.url, who);
      return { ...writes, ...s.headers, 'x-csrf-token': s.csrf };
    };
    const officer = await headersOf('officer');
    const head = await headersOf('head');
    const base = `${fazhi.url}/api/v1/enforcement/cases`;
    for (const r of rows) r.fazhi = await steppedCases(r.connections, base, body, officer, head);
  } finally {
    await fazhi.stop();
  }
  loadTable(
    '登记线索 + 立案 through the kernel (two requests a case, officer then head)  vs  the same two writes bare',
    rows,
    TARGETS.write,
    null,
  );
  note(
    `for reference, the harness's bare single INSERT (${o.tool}, ${Math.max(...o.connections)} clients): ${single.rps.toFixed(0)} req/s, p99 ${single.p99.toFixed(2)} ms`,
  );

  note('');
  note(`seeding ${cases} cases …`);
  const seedMs = await seedCases(engine, cases);
  note(`${cases} cases added in ${(seedMs / 1000).toFixed(1)} s`);
  await listPath(engine, prep.bareEnv, env);
}

/**
 * The first page of the case list, as the officer, vs the same queries bare.
 * @param {import('./lib/engines.mjs').Engine} engine @param {Record<string, string>} bareEnv
 * @param {Record<string, string>} env
 */
async function listPath(engine, bareEnv, env) {
  /** @type {import('./lib/report.mjs').Row[]} */
  const rows = o.connections.map((connections) => ({ connections }));
  const bare = await startBare(bareEnv, logOf(`${engine.key}-list-bare`), BARE_TWIN);
  const bareTotal = await totalOf(fetch(`${bare.url}/cases`));
  for (const r of rows)
    r.bare = await measure(
      o.tool,
      {
        url: `${bare.url}/cases`,
        method: 'GET',
        headers: {},
        connections: r.connections,
        seconds: o.seconds,
      },
      o.warmup,
    );
  await bare.stop();
  const fazhi = await startFazhi(env, logOf(`${engine.key}-list`));
  try {
    const s = await signIn(fazhi.url, 'officer');
    const url = `${fazhi.url}/api/v1/enforcement/cases?page=1&pageSize=20`;
    const total = await totalOf(fetch(url, { headers: s.headers }));
    if (total !== bareTotal)
      note(
        `! totals differ: fazhi ${total}, bare ${bareTotal} — the ratio means nothing until aligned`,
      );
    for (const r of rows)
      r.fazhi = await measure(
        o.tool,
        { url, method: 'GET', headers: s.headers, connections: r.connections, seconds: o.seconds },
        o.warmup,
      );
  } finally {
    await fazhi.stop();
  }
  loadTable(
    `case list — GET /api/v1/enforcement/cases (page 1 of ${bareTotal}) as the officer  vs  the same queries bare`,
    rows,
    null,
    null,
  );
  const top = rows[rows.length - 1];
  const ratio = (top?.fazhi?.p99 ?? NaN) / (top?.bare?.p99 ?? NaN);
  note(
    `p99 fazhi/bare at ${top?.connections} clients: ${ratio.toFixed(2)}×   target ≤ ${TARGETS.listP99Ratio}×  ${ratio <= TARGETS.listP99Ratio ? '✓ meets' : '✗ misses'}`,
  );
}

await forEachEngine(values.engine, tmp, 'enforcement benchmark', runEngine);
