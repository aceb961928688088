#!/usr/bin/env node
/**
 * Statements per 交卷 on PostgreSQL (issue 13): every query the server sends to PostgreSQL while it
 * hands papers in, counted in the client (each one is a round trip), for one hand-in alone and for a
 * burst sharing the town's group commit. A figure that does not depend on the machine's load. Prints;
 * never asserts.
 *
 *   node bench/quiz-statements.mjs [--burst 32]
 * Requires a build (npm run build): the app runs in this process from server/dist.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { forEachEngine } from './lib/engines.mjs';
import { inProcessApp } from './lib/in-process.mjs';
import { benchScratch } from './lib/procs.mjs';
import { heading, note } from './lib/report.mjs';
import { openBenchQuiz } from './lib/quiz-seed.mjs';
import { prepare } from './lib/scenarios.mjs';

const { values } = parseArgs({ options: { burst: { type: 'string', default: '32' } } });
const burstSize = Number(values.burst);
const { tmp, logDir } = benchScratch('quiz-statements');

/** The statements sent while counting: the first word or two of each, in order. */
let sent = /** @type {string[] | null} */ (null);
const query = pg.Client.prototype.query;
pg.Client.prototype.query = /** @type {typeof query} */ (
  function (/** @type {any} */ config, /** @type {any[]} */ ...rest) {
    const text = typeof config === 'string' ? config : config?.text;
    if (sent && typeof text === 'string') sent.push(text.trim().split(/\s+/).slice(0, 3).join(' '));
    return /** @type {any} */ (query).call(this, config, ...rest);
  }
);

/** @param {() => Promise<unknown>} fn */
async function counting(fn) {
  sent = [];
  try {
    await fn();
    return sent;
  } finally {
    sent = null;
  }
}

/** @param {import('./lib/engines.mjs').Engine} engine */
async function runEngine(engine) {
  heading(engine.label);
  await prepare(engine, {
    tool: 'autocannon',
    seconds: 0,
    warmup: 0,
    connections: [],
    idleSeconds: 0,
    inboxQuery: '',
    logDir,
  });
  const quiz = await openBenchQuiz(engine);
  const { app, close } = await inProcessApp(engine);
  try {
    /** @param {number} i */
    const start = async (i) => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/public/pufa/quizzes/${quiz.id}/attempts`,
        payload: { name: `答题者${i}`, phone: `13${String(i).padStart(9, '0')}`, unit: '小桥头村' },
      });
      if (res.statusCode !== 201) throw new Error(`start: HTTP ${res.statusCode} ${res.body}`);
      return /** @type {{ attemptId: string, token: string, questions: unknown[] }} */ (res.json());
    };
    /** @param {{ attemptId: string, token: string, questions: unknown[] }} a @param {number} status */
    const submit = async (a, status = 200) => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/public/pufa/attempts/${a.attemptId}/submit`,
        payload: { token: a.token, answers: a.questions.map(() => [0]) },
      });
      if (res.statusCode !== status) throw new Error(`submit: HTTP ${res.statusCode} ${res.body}`);
    };
    // Warm up: the process's audit chain head and the pool's connections.
    await submit(await start(0));
    const alone = await counting(async () => submit(await start(1)).then(() => undefined));
    const one = await start(2);
    const lone = await counting(() => submit(one));
    note(`one hand-in alone: ${lone.length} statements`);
    for (const s of lone) note(`  ${s}`);
    note(`(start + hand-in, for reference: ${alone.length})`);
    const again = await counting(() => submit(one, 409));
    note(`a second press of the same paper: ${again.length} statements`);
    const papers = await Promise.all([...Array(burstSize)].map((_, i) => start(100 + i)));
    const burst = await counting(() => Promise.all(papers.map((a) => submit(a))));
    note(
      `${burstSize} hand-ins at once (one group commit): ${burst.length} statements, ${(burst.length / burstSize).toFixed(2)} per hand-in`,
    );
  } finally {
    await close();
  }
}

console.log('Quiz statements per hand-in (PostgreSQL round trips, counted in the client)');
await forEachEngine('pg', tmp, 'quiz statements', runEngine);
