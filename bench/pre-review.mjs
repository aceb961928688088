#!/usr/bin/env node
/**
 * 智能预审 engine figures, in process: one 30 000-character contract (p50/p99 over many runs) and a
 * batch of 350 generated village contracts. Runs the compiled engine from server/dist when it is at
 * least as new as the source, else the TypeScript source through tsx. Prints; never asserts.
 *
 *   node bench/pre-review.mjs [--runs 300] [--batches 5]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { figure, heading, note } from './lib/report.mjs';

const TARGETS = { contractMs: 50, batchMs: 5000 };
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'server/src/modules/review/rules');
const dist = path.join(root, 'server/dist/modules/review/rules');

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '300' }, batches: { type: 'string', default: '5' } },
});
const runs = Number(values.runs);
const batches = Number(values.batches);

/** Newest modification time of the engine's source files. */
const newestSource = () =>
  Math.max(
    ...fs
      .readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.statSync(path.join(src, f)).mtimeMs),
  );

/** @param {string} rel e.g. 'engine' → the compiled module if fresh, else the source via tsx */
async function load(rel) {
  const built = path.join(dist, `${rel}.js`);
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newestSource())
    return { mod: await import(pathToFileURL(built).href), from: 'server/dist' };
  const { tsImport } = await import('tsx/esm/api');
  return {
    mod: await tsImport(pathToFileURL(path.join(src, `${rel}.ts`)).href, import.meta.url),
    from: 'source via tsx',
  };
}

/** @param {number[]} xs sorted ascending @param {number} q */
const quantile = (xs, q) => xs[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)] ?? NaN;

const engine = await load('engine');
const { repeatToLength, BAD_LEASE } = (await load('fixtures/contract-samples')).mod;
const { generateVillageContracts } = (await load('fixtures/contract-generator')).mod;
/** @type {(input: { kind: string, text: string, fields?: object }) => { ruleId: string }[]} */
const preReview = engine.mod.preReview;

const cpu = os.cpus();
console.log(
  `Fazhi 智能预审 benchmarks — ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; engine from ${engine.from}`,
);
console.log(
  'Figures only: targets are printed next to them, nothing is asserted. In process, one thread.',
);

heading('pre-review of one 30 000-character contract');
const contract = repeatToLength(30_000, BAD_LEASE);
for (let i = 0; i < 20; i++) preReview({ kind: 'contract', text: contract });
/** @type {number[]} */
const times = [];
let hits = 0;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  hits = preReview({ kind: 'contract', text: contract }).length;
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
figure(
  'p99 of one 30 000-character contract',
  quantile(times, 0.99),
  'ms',
  TARGETS.contractMs,
  `p50 ${quantile(times, 0.5).toFixed(2)} ms, p99 ${quantile(times, 0.99).toFixed(2)} ms, max ${times.at(-1)?.toFixed(2)} ms over ${runs} runs`,
);
note(
  `${contract.length} characters, ${hits} hits per run (the bad lease with its articles repeated as annexes)`,
);

heading('pre-review of 350 village contracts (the 2024 clean-up batch)');
const contracts = generateVillageContracts(350);
const chars = contracts.reduce(
  (/** @type {number} */ n, /** @type {{ text: string }} */ c) => n + c.text.length,
  0,
);
/** @type {number[]} */
const batchTimes = [];
let flagged = 0;
for (let b = 0; b < batches; b++) {
  const t = performance.now();
  flagged = 0;
  for (const c of contracts)
    if (preReview({ kind: 'contract', text: c.text, fields: c.fields }).length) flagged++;
  batchTimes.push(performance.now() - t);
}
const sortedBatches = [...batchTimes].sort((a, b) => a - b);
figure(
  '350 contracts pre-reviewed (median batch)',
  quantile(sortedBatches, 0.5),
  'ms',
  TARGETS.batchMs,
  `batches: ${batchTimes.map((t) => t.toFixed(0)).join(', ')} ms`,
);
note(
  `${chars} characters in all, ${flagged} of 350 contracts with at least one hit; the XLSX import itself is measured by the review module's bench`,
);
