#!/usr/bin/env node
/**
 * `node bench/profile-summary.mjs <file.cpuprofile> [--top 15]`: where a server's CPU went, from a V8
 * profile taken with `--cpu-prof`, e.g. `BENCH_FAZHI_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"
 * npm run bench -- --quick --scenario write`. Self time grouped into what a request does — native
 * SQLite calls, the PostgreSQL client, sockets, Kysely's query building, Fastify, zod, hashing, garbage
 * collection and Fazhi's own code — as shares of the busy (non-idle) time, then the busiest functions.
 * Prints figures; never asserts.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '15' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--top 15]');
  process.exit(2);
}

/** @type {{ nodes: { id: number, children?: number[], callFrame: { functionName: string, url: string, lineNumber: number } }[], samples: number[], timeDeltas: number[] }} */
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * The category of a frame, by its function and file (first match wins).
 * @type {[string, (frame: { f: string, u: string }) => boolean][]}
 */
const CATEGORIES = [
  ['idle', ({ f }) => f === '(idle)' || f === '(program)'],
  ['garbage collection', ({ f }) => f === '(garbage collector)'],
  // better-sqlite3's native calls are sampled as the self time of the dialect's executeQuery.
  [
    'SQLite (native statements, commit, fsync)',
    ({ f, u }) =>
      /better-sqlite3/.test(u) || (f === 'executeQuery' && /sqlite-dialect\.js$/.test(u)),
  ],
  [
    'PostgreSQL client (pg protocol, parsing)',
    ({ u }) => /node_modules\/(pg|pg-protocol|pg-types|pg-pool)\//.test(u),
  ],
  [
    'sockets and streams (node:net, writev)',
    ({ f, u }) =>
      /^node:(net|stream|internal\/stream|internal\/net)/.test(u) ||
      /^(writev|writeBuffer|writeUtf8String|writeLatin1String)$/.test(f),
  ],
  ['Kysely (query building, compiling)', ({ u }) => /node_modules\/kysely\//.test(u)],
  [
    'Fastify (routing, hooks, serialisation)',
    ({ u }) =>
      /node_modules\/(fastify|find-my-way|avvio|light-my-request|fast-json-stringify|@fastify)\//.test(
        u,
      ),
  ],
  ['zod (validation)', ({ u }) => /node_modules\/(zod|fastify-type-provider-zod)\//.test(u)],
  [
    'hashing and crypto',
    ({ f, u }) =>
      /^node:(crypto|internal\/crypto)/.test(u) || (/Hash|digest|update/.test(f) && u === ''),
  ],
  ['Fazhi (server/dist)', ({ u }) => /server\/dist\//.test(u)],
  ['other Node internals', ({ u }) => /^node:/.test(u)],
  ['other libraries', ({ u }) => /node_modules\//.test(u)],
  ['other native', () => true],
];

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
/** @type {Map<number, number>} */
const parentOf = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
/** Whether a sample is inside Fastify's request handling (the server's start-up is left out). */
const inRequest = (/** @type {number} */ id) => {
  for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parentOf.get(at))
    if (/fastify\/lib\/handle-request\.js$/.test(byId.get(at)?.callFrame.url ?? '')) return true;
  return false;
};
const firstRequest = Math.max(0, profile.samples.findIndex(inRequest));
/** @type {Map<string, number>} */
const selfByCategory = new Map();
/** @type {Map<string, number>} */
const selfByFunction = new Map();
let busy = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  if (!node || i < firstRequest) return;
  const dt = profile.timeDeltas[i] ?? 0;
  const { functionName: f, url: u, lineNumber } = node.callFrame;
  const [category] = /** @type {[string, unknown]} */ (
    CATEGORIES.find(([, test]) => test({ f, u }))
  );
  if (category === 'idle') return;
  busy += dt;
  selfByCategory.set(category, (selfByCategory.get(category) ?? 0) + dt);
  const name = `${f || '(anonymous)'} ${u.replace(/^.*\/(node_modules|server\/dist)\//, '$1/')}:${lineNumber + 1}`;
  selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + dt);
});

const pct = (/** @type {number} */ x) => `${((100 * x) / busy).toFixed(1).padStart(5)} %`;
console.log(
  `${file}: busy ${(busy / 1e6).toFixed(2)} s of CPU from the first request on (idle left out)`,
);
for (const [c, t] of [...selfByCategory].sort((a, b) => b[1] - a[1]))
  console.log(`  ${pct(t)}  ${c}`);
console.log(`busiest functions (self time):`);
for (const [f, t] of [...selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(`  ${pct(t)}  ${f}`);
