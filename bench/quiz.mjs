#!/usr/bin/env node
/**
 * Quiz benchmark (issue 13): 2 000 portal takers press 交卷 at the same moment (each started first, with
 * its own phone and address), against the bare write hit by the same 2 000-request burst; then the
 * quiz page with its leaderboard over 100 k handed-in attempts. Prints figures; never asserts.
 *
 *   node bench/quiz.mjs [--quick] [--engine sqlite,pg] [--takers 2000] [--attempts 100000] [--reads 200]
 * Requires a build (npm run build): servers run from server/dist.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { burst, percentiles, pooled } from './lib/burst.mjs';
import { forEachEngine } from './lib/engines.mjs';
import { benchScratch, startBare, startFazhi, withPeakRss } from './lib/procs.mjs';
import { figure, heading, note } from './lib/report.mjs';
import { prepare } from './lib/scenarios.mjs';
import { openBenchQuiz, seedAttempts } from './lib/quiz-seed.mjs';

/** Issue 13's targets: 0 errors and p99 ≤ 3× the bare write's under the burst; the leaderboard ≤ 50 ms. */
const TARGETS = { p99Ratio: 3, leaderboardMs: 50 };

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    engine: { type: 'string', default: 'sqlite,pg' },
    takers: { type: 'string' },
    attempts: { type: 'string' },
    reads: { type: 'string', default: '200' },
  },
});
const takers = Number(values.takers ?? (values.quick ? 500 : 2000));
const attempts = Number(values.attempts ?? (values.quick ? 20_000 : 100_000));
const reads = Number(values.reads);
const { tmp, logDir } = benchScratch('quiz');
/** @type {import('./lib/scenarios.mjs').Options} */
const o = {
  tool: 'autocannon',
  seconds: 0,
  warmup: 0,
  connections: [],
  idleSeconds: 0,
  inboxQuery: '',
  logDir,
};

const json = { 'content-type': 'application/json' };
/** The i-th taker's address behind the portal's reverse proxy (FAZHI_TRUST_PROXY=1). */
const address = (/** @type {number} */ i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

/**
 * Starts `takers` attempts, 32 at a time; each taker has its own phone and address.
 * @param {string} base @param {string} quizId
 */
async function startAll(base, quizId) {
  /** @type {{ id: string, token: string, questions: number }[]} */
  const started = [];
  let refused = 0;
  await pooled(takers, 32, async (i) => {
    const res = await fetch(`${base}/api/v1/public/pufa/quizzes/${quizId}/attempts`, {
      method: 'POST',
      headers: { ...json, 'x-forwarded-for': address(i) },
      body: JSON.stringify({
        name: `答题者${i}`,
        phone: `13${String(i).padStart(9, '0')}`,
        unit: '小桥头村',
      }),
    });
    const body = /** @type {any} */ (await res.json());
    if (res.status !== 201) {
      refused += 1;
      if (refused === 1) note(`! start refused: HTTP ${res.status} ${JSON.stringify(body)}`);
      return;
    }
    started.push({ id: body.attemptId, token: body.token, questions: body.questions.length });
  });
  return { started, refused };
}

/** @param {import('./lib/burst.mjs').BurstResult} r @param {string} who */
const burstLine = (r, who) =>
  note(
    `${who.padEnd(6)} ${String(r.n).padStart(5)} at once | ${String(r.ok).padStart(5)} ok ${String(r.failed).padStart(4)} failed | p50 ${r.p50.toFixed(1).padStart(7)} ms  p99 ${r.p99.toFixed(1).padStart(7)} ms  max ${r.max.toFixed(1).padStart(7)} ms | all done in ${r.wallMs.toFixed(0)} ms${r.failed ? `  statuses ${JSON.stringify(r.statuses)}` : ''}`,
  );

/** @param {import('./lib/engines.mjs').Engine} engine */
async function runEngine(engine) {
  heading(engine.label);
  const prep = await prepare(engine, o);
  note(`first start (migrations + 桥头镇 demo data): ${prep.firstStartMs.toFixed(0)} ms`);
  const quiz = await openBenchQuiz(engine);

  const env = { ...engine.fazhiEnv, FAZHI_SCHEDULER: '0', FAZHI_TRUST_PROXY: '1' };
  const server = await startFazhi(env, path.join(logDir, `${engine.key}-quiz.log`));
  try {
    const { started, refused } = await startAll(server.url, quiz.id);
    note(`${started.length} attempts started (${refused} refused), 32 at a time`);
    const submit = (/** @type {number} */ i) => {
      const a = /** @type {(typeof started)[number]} */ (started[i]);
      return fetch(`${server.url}/api/v1/public/pufa/attempts/${a.id}/submit`, {
        method: 'POST',
        headers: { ...json, 'x-forwarded-for': address(i) },
        body: JSON.stringify({
          token: a.token,
          answers: Array.from({ length: a.questions }, () => [0]),
        }),
      });
    };
    const f = await withPeakRss(server.pid, () => burst(started.length, submit));

    const bare = await startBare(prep.bareEnv, path.join(logDir, `${engine.key}-bare.log`));
    const b = await burst(started.length, (i) =>
      fetch(`${bare.url}/write`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ title: `基准${i}` }),
      }),
    );
    await bare.stop();
    console.log(
      `\n  交卷 burst — POST /api/v1/public/pufa/attempts/:id/submit vs bare INSERT, all at once`,
    );
    burstLine(b, 'bare');
    burstLine(f.result, 'fazhi');
    const ratio = f.result.p99 / b.p99;
    const ok = f.result.failed === 0 && ratio <= TARGETS.p99Ratio;
    note(
      `p99 fazhi/bare ${ratio.toFixed(1)}×, errors ${f.result.failed}, peak RSS ${f.peakMb.toFixed(0)} MB   target 0 errors, p99 ≤ ${TARGETS.p99Ratio}× bare  ${ok ? '✓ meets' : '✗ misses'}`,
    );
  } finally {
    await server.stop();
  }

  await seedAttempts(engine, quiz.id, attempts);
  const reader = await startFazhi(env, path.join(logDir, `${engine.key}-board.log`));
  try {
    const url = `${reader.url}/api/v1/public/pufa/quizzes/${quiz.id}`;
    for (let i = 0; i < 20; i++) await fetch(url).then((r) => r.arrayBuffer());
    /** @type {number[]} */
    const ms = [];
    for (let i = 0; i < reads; i++) {
      const t0 = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
      ms.push(performance.now() - t0);
    }
    const p = percentiles(ms.sort((x, y) => x - y));
    console.log('');
    figure(
      `quiz page + leaderboard, ${Math.round(attempts / 1000)} k attempts (p99)`,
      p.p99,
      'ms',
      TARGETS.leaderboardMs,
      `p50 ${p.p50.toFixed(1)} ms over ${reads} sequential reads`,
    );
  } finally {
    await reader.stop();
  }
}

console.log(
  `Quiz benchmark — ${takers} takers in one burst; leaderboard over ${attempts} attempts (${os.cpus().length} CPUs)`,
);
await forEachEngine(values.engine, tmp, 'quiz benchmark', runEngine);
