#!/usr/bin/env node
/**
 * Decisions benchmark (issue 12): the portal's page of one decision draft (articles, published comments,
 * 采纳情况) with 10 000 comments on it, against a bare Fastify server doing the same database work
 * (bench/decisions-comments-bare.mjs); and the time to summarise the 10 000 comments (one request).
 * Anonymous requests. Prints figures and targets; never asserts.
 *
 *   node bench/decisions-comments.mjs [--quick] [--engine sqlite,pg] [--comments 10000]
 *                                     [--connections 1,16] [--duration 10] [--warmup 2] [--load wrk|autocannon]
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

/**
 * Issue 12's targets: the comment page at ≥ 60 % of a bare read; 10 000 comments summarised in ≤ 1 s.
 * The page (500 comments) has no latency target of its own: its p99 is printed beside the bare one's.
 */
const TARGETS = { page: { ratio: 0.6, p99: Infinity }, summaryMs: 1000 };

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    engine: { type: 'string', default: 'sqlite,pg' },
    comments: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '1,16' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    load: { type: 'string' },
  },
});
const o = {
  tool: pickLoadTool(/** @type {'wrk' | 'autocannon' | undefined} */ (values.load)),
  seconds: Number(values.duration ?? (values.quick ? 3 : 10)),
  warmup: Number(values.warmup ?? (values.quick ? 1 : 2)),
  connections: values.connections.split(',').map(Number),
  idleSeconds: 0,
  inboxQuery: '',
  logDir: '',
};
const target = Number(values.comments);
const { tmp, logDir } = benchScratch('decisions');
o.logDir = logDir;

const q = (/** @type {string | null} */ v) =>
  v === null ? 'NULL' : `'${String(v).replaceAll("'", "''")}'`;
const ADOPTIONS = ['adopted', 'partly', 'not_adopted', null];

/**
 * Citizens' comments on the demo's 2024 decision, written straight into the database (through the
 * portal's form 10 000 comments would take minutes): published, spread over the articles and answers.
 * @param {import('./lib/engines.mjs').Engine} engine
 */
function seedComments(engine) {
  return engine.withSql(async (sql) => {
    const [d] = await sql.all(
      "SELECT decisions.id, decisions.org_id, decision_drafts.id AS draft_id FROM decisions JOIN decision_drafts ON decision_drafts.decision_id = decisions.id WHERE decisions.state <> 'participation' ORDER BY decision_drafts.version DESC LIMIT 1",
    );
    if (!d) throw new Error('演示数据缺失：服务器首次启动时应以 FAZHI_DEMO=1 载入演示数据');
    const articles = await sql.all(
      `SELECT id FROM decision_draft_articles WHERE draft_id = ${q(d.draft_id)} ORDER BY seq`,
    );
    for (let from = 0; from < target; from += 1000) {
      const rows = [];
      for (let i = from; i < Math.min(target, from + 1000); i++) {
        const article = i % 7 === 0 ? null : articles[i % articles.length].id;
        const adoption = ADOPTIONS[i % ADOPTIONS.length] ?? null;
        const at = new Date(Date.UTC(2024, 2, 25) + i * 60_000).toISOString();
        rows.push(
          `(${q(`00000000-0000-7000-c000-${i.toString(16).padStart(12, '0')}`)}, ${q(d.org_id)}, ${q(d.id)}, ${q(d.draft_id)}, ${q(article)}, ${q(`第${i + 1}条意见：建议进一步明确实施范围和时间安排。`)}, NULL, NULL, ${q(at)}, 'shown', NULL, ${q(adoption)}, ${adoption ? q('已研究，答复如上。') : 'NULL'}, ${adoption ? q(at) : 'NULL'})`,
        );
      }
      await sql.exec(`BEGIN;
        INSERT INTO decision_comments (id, org_id, decision_id, draft_id, article_id, body, name, phone_enc, submitted_at, moderation, moderated_by, adoption, answer, answered_at) VALUES ${rows.join(',\n')};
        COMMIT;`);
    }
    await sql.exec('ANALYZE');
    return /** @type {string} */ (d.id);
  });
}

/** @param {Record<string, string>} env @param {string} logFile */
async function startBare(env, logFile) {
  const port = await freePort();
  const fd = fs.openSync(logFile, 'a');
  const child = track(
    spawn(process.execPath, [path.join(ROOT, 'bench/decisions-comments-bare.mjs')], {
      cwd: ROOT,
      env: { ...process.env, ...env, BARE_PORT: String(port) },
      stdio: ['ignore', fd, fd],
    }),
  );
  fs.closeSync(fd);
  const url = `http://127.0.0.1:${port}`;
  for (const started = performance.now(); ;) {
    if (child.exitCode !== null)
      throw new Error(`decisions-comments-bare.mjs 启动失败：\n${tail(logFile)}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (performance.now() - started > 60_000)
      throw new Error(`decisions-comments-bare.mjs 60 s 内未就绪`);
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
async function load(url) {
  const out = [];
  for (const connections of o.connections)
    out.push(
      await measure(
        o.tool,
        { url, method: 'GET', headers: {}, connections, seconds: o.seconds },
        o.warmup,
      ),
    );
  return out;
}

try {
  const cpu = os.cpus();
  console.log(
    `Fazhi decisions benchmark — ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; ${o.tool}, ${o.seconds} s per run after ${o.warmup} s warm-up`,
  );
  for (const key of values.engine.split(',')) {
    if (key === 'pg' && (await pgProblem())) {
      heading('PostgreSQL: skipped');
      note(`PostgreSQL is not reachable at ${pgAdminUrl()}`);
      continue;
    }
    const dataDir = path.join(tmp, key);
    const engine = key === 'pg' ? await pgEngine(dataDir) : sqliteEngine(dataDir);
    heading(`${engine.label}: one decision draft with ${target} comments`);
    await prepare(engine, o);
    const seeded = performance.now();
    const id = await seedComments(engine);
    note(`comments seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

    const bare = await startBare(engine.bareEnv, path.join(o.logDir, `${key}-bare.log`));
    const bareRuns = await load(`${bare.url}/decision/${id}`);
    await bare.stop();

    const fazhi = await startFazhi(
      { ...engine.fazhiEnv, FAZHI_SCHEDULER: '0' },
      path.join(o.logDir, `${key}-fazhi.log`),
    );
    const pagePath = `/api/v1/public/decisions/${id}`;
    await fetch(`${fazhi.url}${pagePath}`);
    const times = [];
    /** @type {{ total: number } | null} */
    let summary = null;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const page = /** @type {{ decision?: { adoption: { total: number } } }} */ (
        await (await fetch(`${fazhi.url}${pagePath}`)).json()
      );
      summary = page.decision?.adoption ?? null;
      times.push(performance.now() - t);
    }
    const best = Math.min(...times);
    note(
      `summary of ${summary?.total ?? '?'} comments (采纳情况 by article and answer, with the page): best of 5 ${best.toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms — target ≤ ${TARGETS.summaryMs} ms ${Math.max(...times) <= TARGETS.summaryMs ? '✓' : '✗'}`,
    );
    const runs = await load(`${fazhi.url}${pagePath}`);
    await fazhi.stop();
    loadTable(
      `portal comment page — GET ${pagePath} (anonymous)  vs  the same SELECTs bare`,
      runs.map((fazhiRun, i) => ({
        connections: /** @type {number} */ (o.connections[i]),
        fazhi: fazhiRun,
        bare: bareRuns[i],
      })),
      TARGETS.page,
      null,
    );
  }
} catch (e) {
  console.error(`\nbench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
