import { parseArgs } from 'node:util';
import { MODULE_BENCHES } from './modules.mjs';

export const HELP = `npm run bench -- [options]     (figures are printed; nothing is asserted)

  --quick                 3 s runs after 1 s warm-up, 100 k rows only, 2 s idle before the RSS reading
  --scenario <list>       any of write,towns,read,footprint,web and the modules' prereview,review,portal,decisions,report
                          (default: all)
  --engine <list>         any of sqlite,pg (default: both; pg only when reachable)
  --rows <list>           task rows for the read path, e.g. 100k,1m (default: 100k,1m; --quick: 100k)
  --connections <list>    concurrent connections (default: 1,16)
  --duration <s>          seconds per measured run (default 10)
  --warmup <s>            seconds of discarded warm-up before each run (default 2)
  --load <tool>           wrk or autocannon (default: wrk when installed)
  --inbox-query <q>       query string of GET /api/v1/inbox (default: status=overdue; the bare list
                          maps status=overdue to due_date < today, anything else to all open tasks)
  --help

Profiling: BENCH_FAZHI_NODE_ARGS adds node flags to the Fazhi server only, e.g.
  BENCH_FAZHI_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench -- --scenario read
A server must answer /readyz within BENCH_READY_TIMEOUT_S seconds (default 120; the first start loads the demo).
PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
Requires a build (npm run build): the servers run from server/dist and web/dist, as npm start does.`;

const list = (/** @type {string} */ s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** '100k' → 100000, '1m' → 1000000. */
function count(/** @type {string} */ s) {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s);
  if (!m) throw new Error(`--rows: cannot read "${s}" (use e.g. 100k or 1m)`);
  return Math.round(
    Number(m[1]) * ({ k: 1e3, m: 1e6 }[/** @type {'k' | 'm'} */ (m[2]?.toLowerCase())] ?? 1),
  );
}

/** @param {string[]} argv */
export function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      scenario: { type: 'string' },
      engine: { type: 'string' },
      rows: { type: 'string' },
      connections: { type: 'string', default: '1,16' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      load: { type: 'string' },
      'inbox-query': { type: 'string', default: 'status=overdue' },
      help: { type: 'boolean', default: false },
    },
  });
  const all = ['write', 'towns', 'read', 'footprint', 'web', ...Object.keys(MODULE_BENCHES)];
  const scenarios = list(values.scenario ?? all.join(','));
  const engines = list(values.engine ?? 'sqlite,pg');
  for (const s of scenarios) if (!all.includes(s)) throw new Error(`--scenario: unknown "${s}"`);
  for (const e of engines)
    if (!['sqlite', 'pg'].includes(e)) throw new Error(`--engine: unknown "${e}"`);
  if (values.load && !['wrk', 'autocannon'].includes(values.load))
    throw new Error(`--load: wrk or autocannon, not "${values.load}"`);
  return {
    help: values.help,
    quick: values.quick,
    scenarios,
    engines,
    /** Whether --engine was given: then a missing PostgreSQL is an error, not a note. */
    enginesChosen: values.engine !== undefined,
    rows: list(values.rows ?? (values.quick ? '100k' : '100k,1m'))
      .map(count)
      .sort((a, b) => a - b),
    connections: list(values.connections).map(Number),
    seconds: Number(values.duration ?? (values.quick ? 3 : 10)),
    warmup: Number(values.warmup ?? (values.quick ? 1 : 2)),
    idleSeconds: values.quick ? 2 : 5,
    load: /** @type {'wrk' | 'autocannon' | undefined} */ (values.load),
    inboxQuery: values['inbox-query'],
  };
}
