import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** How long a server may take to answer /readyz (BENCH_READY_TIMEOUT_S; a loaded box needs more for the demo load). */
const READY_TIMEOUT_S = Number(process.env.BENCH_READY_TIMEOUT_S ?? 120);
const SERVER_MAIN = path.join(ROOT, 'server/dist/main.js');
const BARE_MAIN = path.join(ROOT, 'bench/bare-server.mjs');

/** Every child still running and every cleanup step still owed; `cleanup()` settles both. */
const children = new Set();
/** @type {(() => Promise<void> | void)[]} */
const cleanups = [];

/** @template {import('node:child_process').ChildProcess} T @param {T} child @returns {T} */
export function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** @param {() => Promise<void> | void} fn */
export const onCleanup = (fn) => void cleanups.push(fn);

/** Stops every process this harness started and removes what it created (last registered first). */
export async function cleanup() {
  for (const child of children) child.kill('SIGKILL');
  while (cleanups.length) {
    try {
      await cleanups.pop()?.();
    } catch (e) {
      console.error(`cleanup: ${/** @type {Error} */ (e).message}`);
    }
  }
}

/**
 * A benchmark script's scratch: a temporary directory with a `logs` folder, removed at cleanup, and
 * Ctrl-C / SIGTERM stopping the servers started and removing it.
 * @param {string} name e.g. 'enforcement' (the directory is fazhi-bench-<name>-XXXXXX)
 */
export function benchScratch(name) {
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `fazhi-bench-${name}-`));
  onCleanup(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const logDir = path.join(tmp, 'logs');
  fs.mkdirSync(logDir);
  return { tmp, logDir };
}

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @typedef {{ pid: number, url: string, startMs: number, log: string, stop(): Promise<number | string> }} Running
 */

/**
 * Starts the real server as `npm start` does (built server/dist/main.js) and waits until /readyz answers.
 * `startMs` is spawn → first ready answer: the cold start.
 * @param {Record<string, string>} env  database settings (FAZHI_DATA_DIR, DATABASE_URL …)
 * @param {string} logFile
 * @returns {Promise<Running>}
 */
export async function startFazhi(env, logFile) {
  if (!fs.existsSync(SERVER_MAIN))
    throw new Error('server/dist/main.js 不存在：请先运行 npm run build');
  const port = await freePort();
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('FAZHI_') && k !== 'DATABASE_URL'),
  );
  return startProcess(
    SERVER_MAIN,
    { ...base, PORT: String(port), HOST: '127.0.0.1', FAZHI_LOG_LEVEL: 'warn', ...env },
    port,
    logFile,
  );
}

/**
 * Starts a bare baseline (bench/bare-server.mjs unless another is named) with the given BARE_* settings.
 * @param {Record<string, string>} env
 * @param {string} logFile
 * @param {string} [main]  path of another bare server script
 */
export async function startBare(env, logFile, main = BARE_MAIN) {
  const port = await freePort();
  return startProcess(main, { ...process.env, BARE_PORT: String(port), ...env }, port, logFile);
}

/**
 * @param {string} main @param {NodeJS.ProcessEnv} env @param {number} port @param {string} logFile
 * @returns {Promise<Running>}
 */
async function startProcess(main, env, port, logFile) {
  const fd = fs.openSync(logFile, 'a');
  const started = performance.now();
  // BENCH_FAZHI_NODE_ARGS: extra node flags for the Fazhi server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const flags =
    main === SERVER_MAIN
      ? (process.env.BENCH_FAZHI_NODE_ARGS ?? '').split(' ').filter(Boolean)
      : [];
  const child = track(
    spawn(process.execPath, [...flags, main], { cwd: ROOT, env, stdio: ['ignore', fd, fd] }),
  );
  fs.closeSync(fd);
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${path.basename(main)} 启动失败（${child.exitCode ?? child.signalCode}）：\n${tail(logFile)}`,
      );
    }
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (performance.now() - started > READY_TIMEOUT_S * 1000) {
      child.kill('SIGKILL');
      throw new Error(`${path.basename(main)} ${READY_TIMEOUT_S} s 内未就绪：\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startMs = performance.now() - started;
  return {
    pid: /** @type {number} */ (child.pid),
    url,
    startMs,
    log: logFile,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          resolve(code ?? `signal ${signal}`);
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(/** @type {number} */ pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb / 1024;
}

export function tail(/** @type {string} */ file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * The highest resident memory of `pid` while `fn` runs (sampled every 100 ms), with fn's result.
 * @template T @param {number} pid @param {() => Promise<T>} fn @returns {Promise<{ result: T, peakMb: number }>}
 */
export async function withPeakRss(pid, fn) {
  let peakMb = rssMb(pid);
  const timer = setInterval(() => {
    try {
      peakMb = Math.max(peakMb, rssMb(pid));
    } catch {
      // the process ended; the last sample stands
    }
  }, 100);
  try {
    return { result: await fn(), peakMb };
  } finally {
    clearInterval(timer);
  }
}
