import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { track } from './procs.mjs';

const WRK_SCRIPT = fileURLToPath(new URL('../wrk/request.lua', import.meta.url));
const AUTOCANNON_RUNNER = fileURLToPath(new URL('./autocannon-runner.mjs', import.meta.url));

/**
 * @typedef {{ url: string, method: 'GET' | 'POST', headers: Record<string, string>, body?: string,
 *   connections: number, seconds: number, headerSets?: Record<string, string>[] }} LoadSpec
 *   headerSets: taken in turn by successive requests (POST with a body only), over `headers`.
 * @typedef {{ rps: number, p50: number, p99: number, requests: number, failed: number }} LoadResult
 *   rps = requests per second; p50/p99 in milliseconds; failed = non-2xx/3xx answers + socket errors.
 */

/**
 * wrk from Debian when installed (C, one thread, steadier figures), else autocannon from npm.
 * @param {'wrk' | 'autocannon' | undefined} wanted
 * @returns {'wrk' | 'autocannon'}
 */
export function pickLoadTool(wanted) {
  const hasWrk = spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined;
  if (wanted === 'wrk' && !hasWrk)
    throw new Error('--load wrk: wrk 未安装（apt-get install -y wrk）');
  return wanted ?? (hasWrk ? 'wrk' : 'autocannon');
}

/**
 * Runs the load generator in its own process: a warm-up whose figures are thrown away, then the run.
 * @param {'wrk' | 'autocannon'} tool
 * @param {LoadSpec} spec
 * @param {number} warmupSeconds
 * @returns {Promise<LoadResult>}
 */
export async function measure(tool, spec, warmupSeconds) {
  const run = tool === 'wrk' ? runWrk : runAutocannon;
  if (warmupSeconds > 0) await run({ ...spec, seconds: warmupSeconds });
  return run(spec);
}

/** @param {string} cmd @param {string[]} args @param {NodeJS.ProcessEnv} env */
function capture(cmd, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = track(spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] }));
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${cmd} exited ${code}: ${err.trim() || out.trim()}`)),
    );
  });
}

/** @param {Record<string, string>} headers */
const headerLines = (headers) =>
  Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');

/** @param {LoadSpec} spec @returns {Promise<LoadResult>} */
async function runWrk(spec) {
  const env = {
    ...process.env,
    BENCH_METHOD: spec.method,
    BENCH_BODY: spec.body ?? '',
    BENCH_HEADERS: headerLines(spec.headers),
    BENCH_HEADER_SETS: (spec.headerSets ?? []).map(headerLines).join('\n\n'),
  };
  const args = [
    '-t1',
    `-c${spec.connections}`,
    `-d${spec.seconds}s`,
    '--timeout',
    '10s',
    '-s',
    WRK_SCRIPT,
    spec.url,
  ];
  const out = /** @type {string} */ (await capture('wrk', args, env));
  const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`wrk printed no result:\n${out}`);
  const r = JSON.parse(line.slice('BENCH_RESULT '.length));
  return {
    rps: r.requests / (r.durationUs / 1e6),
    p50: r.requests ? r.p50Us / 1000 : NaN,
    p99: r.requests ? r.p99Us / 1000 : NaN,
    requests: r.requests,
    failed: r.status + r.connect + r.read + r.write + r.timeout,
  };
}

/** @param {LoadSpec} spec @returns {Promise<LoadResult>} */
async function runAutocannon(spec) {
  const r = JSON.parse(
    /** @type {string} */ (
      await capture(process.execPath, [AUTOCANNON_RUNNER, JSON.stringify(spec)])
    ),
  );
  return {
    rps: r.requests.total / (r.duration || spec.seconds),
    p50: r.requests.total ? r.latency.p50 : NaN,
    p99: r.requests.total ? r.latency.p99 : NaN,
    requests: r.requests.total,
    failed: (r.non2xx ?? 0) + (r.errors ?? 0) + (r.timeouts ?? 0),
  };
}
