#!/usr/bin/env node
/**
 * `npm run bench`: Fazhi against a bare Fastify baseline on the same database, in one run, on this
 * machine. Every server and the load generator run as separate processes; this process only
 * orchestrates, so it does not compete for the measured CPU. Prints figures and targets; never asserts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pgEngine, pgProblem, pgAdminUrl, sqliteEngine } from './lib/engines.mjs';
import { pickLoadTool } from './lib/load.mjs';
import { HELP, readOptions } from './lib/options.mjs';
import { cleanup, onCleanup } from './lib/procs.mjs';
import { figure, heading, loadTable, note, TARGETS } from './lib/report.mjs';
import { footprint, prepare, readPath, writePath, writeTowns } from './lib/scenarios.mjs';
import { TASK_MIX } from './lib/seed.mjs';
import { initialJs } from './lib/web-size.mjs';
import { MODULE_BENCHES, runModuleBench } from './lib/modules.mjs';

const opts = readOptions(process.argv.slice(2));
if (opts.help) {
  console.log(HELP);
  process.exit(0);
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping servers and removing benchmark data …`);
    void cleanup().finally(() => process.exit(130));
  });
}

/**
 * Runs one scenario; a failure is printed and the run goes on with the next one (exit code 1 at the end).
 * @param {string} label @param {() => Promise<void>} fn
 */
async function attempt(label, fn) {
  try {
    await fn();
  } catch (e) {
    console.log(`\n  ! ${label} failed: ${e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 1;
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-'));
onCleanup(() => fs.rmSync(tmp, { recursive: true, force: true }));
const logDir = path.join(tmp, 'logs');
fs.mkdirSync(logDir);

try {
  const tool = pickLoadTool(opts.load);
  const o = { ...opts, tool, logDir };
  const cpu = os.cpus();
  console.log(
    `Fazhi benchmarks — ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, ${os.platform()} ${os.release()}`,
  );
  console.log(
    `load: ${tool === 'wrk' ? 'wrk (1 thread)' : 'autocannon'}, ${o.seconds} s per run after ${o.warmup} s warm-up; clients: ${o.connections.join(', ')}`,
  );
  console.log(
    'Figures only: targets are printed next to them, nothing is asserted. Same machine, same run, same database for bare and Fazhi.',
  );

  if (o.scenarios.includes('web')) {
    heading('web app: initial JavaScript');
    const js = initialJs();
    if ('missing' in js) note(js.missing);
    else {
      for (const f of js.files)
        note(
          `${f.file.padEnd(44)} ${(f.raw / 1024).toFixed(1).padStart(8)} KB raw ${(f.gz / 1024).toFixed(1).padStart(8)} KB gz`,
        );
      figure(
        'initial JS (gzip)',
        js.totalGz / 1024,
        'KB',
        TARGETS.initialJsKb,
        `${js.files.length} files; ${js.lazyCount} lazy chunks not counted`,
      );
    }
  }

  for (const key of o.engines) {
    if (key === 'pg') {
      const problem = await pgProblem();
      if (problem) {
        heading('PostgreSQL: skipped');
        note(`PostgreSQL is not reachable at ${pgAdminUrl()}: ${problem}`);
        note(
          'Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set BENCH_DATABASE_URL.',
        );
        if (o.enginesChosen) process.exitCode = 1;
        continue;
      }
    }
    const dataDir = path.join(tmp, key);
    const engine = key === 'pg' ? await pgEngine(dataDir) : sqliteEngine(dataDir);
    heading(engine.label);
    const prep = await prepare(engine, o);
    note(
      `first start on an empty database (migrations + 桥头镇 demo data): ${prep.firstStartMs.toFixed(0)} ms`,
    );

    if (o.scenarios.includes('footprint')) {
      await attempt('footprint', async () => {
        const fp = await footprint(engine, o);
        console.log('');
        const starts = fp.starts.map((s) => s.toFixed(0)).join(', ');
        figure(
          'cold start on the existing database',
          fp.coldStartMs,
          'ms',
          TARGETS.coldStartMs,
          `spawn → /readyz, median of ${starts} ms`,
        );
        figure(
          'idle RSS of a started server',
          fp.rssMb,
          'MB',
          TARGETS.idleRssMb,
          `after sign-in + 25 requests, then ${o.idleSeconds} s idle`,
        );
      });
    }

    if (o.scenarios.includes('write')) {
      await attempt('write path', async () => {
        const w = await writePath(engine, o, prep.bareEnv);
        loadTable(
          'write path — POST /api/v1/numbering/issue as clerk (文号 + business row + audit event)  vs  bare INSERT doc_numbers',
          w.rows,
          TARGETS.write,
          w.problem,
        );
      });
    }

    if (o.scenarios.includes('towns')) {
      await attempt('16-town write path', async () => {
        const w = await writeTowns(engine, o, prep.bareEnv);
        loadTable(
          'write path, 16 towns — POST /api/v1/numbering/issue, 16 clerks in 16 towns taken in turn  vs  bare INSERT doc_numbers',
          w.rows,
          TARGETS.write,
          w.problem,
        );
        const b = w.rows[0]?.bare;
        const f = w.rows[0]?.fazhi;
        if (b && f)
          note(
            `p99 fazhi/bare: ${(f.p99 / b.p99).toFixed(1)}× (target ≤ 3×); peak RSS during the run: bare ${w.rss.bare.toFixed(1)} MB, fazhi ${w.rss.fazhi.toFixed(1)} MB`,
          );
      });
    }

    if (o.scenarios.includes('read')) {
      for (const n of o.rows) {
        await attempt(`read path over ${n} rows`, async () => {
          const r = await readPath(engine, o, prep.facts, prep.bareEnv, n);
          const label = n >= 1e6 ? `${n / 1e6} M` : `${n / 1e3} k`;
          loadTable(
            `read path — GET /api/v1/inbox?${o.inboxQuery} as clerk over ${label} task rows  vs  the same SELECT bare`,
            r.rows,
            TARGETS.read,
            r.problem,
          );
          note(`rows seeded in ${(r.seedMs / 1000).toFixed(1)} s; ${TASK_MIX}`);
          note(
            `matching tasks: bare ${r.totals.bare ?? '—'} (answers 20), fazhi ${r.totals.fazhi ?? '—'} (answers ${r.totals.fazhiItems ?? '—'})`,
          );
          if (r.totals.fazhi !== undefined && r.totals.fazhi !== r.totals.bare) {
            note(
              '! the totals differ: bench/lib/bare-queries.mjs no longer matches the inbox query — align them before reading the ratio.',
            );
          }
          if ((r.totals.fazhiItems ?? 0) > 20)
            note(
              `! the inbox answered ${r.totals.fazhiItems} items in one response: it does not page; the bare list answers 20.`,
            );
        });
      }
    }
  }

  for (const name of Object.keys(MODULE_BENCHES).filter((n) => o.scenarios.includes(n))) {
    if ((await runModuleBench(name, o)) !== 0) process.exitCode = 1;
  }
} catch (e) {
  console.error(`\nbench failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
