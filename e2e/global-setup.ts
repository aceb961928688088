import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ARTIFACTS, chromiumExecutable } from './browser.js';
import './context.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER_MAIN = path.join(ROOT, 'server/dist/main.js');
const WEB_INDEX = path.join(ROOT, 'web/dist/index.html');
const SERVER_LOG = path.join(ARTIFACTS, 'server.log');

/**
 * Starts the real server (`node server/dist/main.js`, as `npm start` runs it) on a fresh SQLite data
 * directory with the 桥头镇 demo, once for the whole e2e project; browser tests talk to it over HTTP.
 * `npm test` builds server/dist and web/dist first. When the server cannot run, the reason goes to the
 * tests (which fail with it) instead of being thrown here, which would abort the other projects too.
 */
export default async function setup(project: TestProject) {
  const chromium = chromiumExecutable();
  project.provide('chromiumPath', chromium ?? '');
  project.provide('e2eBaseUrl', '');
  project.provide('e2eProblem', '');
  if (!chromium) {
    const bar = '!'.repeat(78);
    console.warn(
      `\n${bar}\n!!! Chromium 未找到（${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}）：e2e 项目的全部浏览器测试将被跳过。\n` +
        `!!! 获取：apt-get install -y chromium fonts-wqy-microhei，或设置 CHROMIUM_PATH。\n${bar}\n`,
    );
    return;
  }
  for (const [file, what] of [
    [SERVER_MAIN, 'server/dist/main.js'],
    [WEB_INDEX, 'web/dist/index.html'],
  ] as const) {
    if (!fs.existsSync(file)) {
      project.provide(
        'e2eProblem',
        `e2e 需要已构建的 ${what}：请先运行 npm run build（npm test 会自动构建）。`,
      );
      return;
    }
  }

  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = fs.openSync(SERVER_LOG, 'w');
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: ROOT,
    env: serverEnv({
      PORT: String(port),
      HOST: '127.0.0.1',
      FAZHI_DATA_DIR: dataDir,
      FAZHI_DEMO: '1',
      FAZHI_LOG_LEVEL: 'warn',
    }),
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  // Last resort if vitest is interrupted before teardown: never leave a server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  try {
    // First start migrates and records the whole demo through the real services (several minutes on a busy 2-core box).
    await waitReady(child, `${baseUrl}/readyz`, 300_000);
  } catch (e) {
    process.off('exit', killOnExit);
    child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    project.provide(
      'e2eProblem',
      `${(e as Error).message}\n--- ${SERVER_LOG} ---\n${tail(SERVER_LOG)}`,
    );
    return;
  }
  project.provide('e2eBaseUrl', baseUrl);

  return async () => {
    process.off('exit', killOnExit);
    const exit = await stop(child, 15_000);
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (exit !== 0)
      throw new Error(
        `e2e 服务进程未正常退出（${exit}），日志见 ${SERVER_LOG}\n${tail(SERVER_LOG)}`,
      );
  };
}

/** The parent's environment minus what would make the server something other than `npm start`. */
function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      k.startsWith('VITEST') ||
      k === 'NODE_ENV' ||
      k === 'DATABASE_URL' ||
      k.startsWith('FAZHI_')
    )
      continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(child: ChildProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`e2e 服务进程启动失败（退出码 ${child.exitCode ?? child.signalCode}）`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`e2e 服务在 ${timeoutMs / 1000} s 内未就绪（${url}：${last}）`);
}

/** SIGTERM, then wait; returns the exit code, or a description when it had to be killed. */
function stop(child: ChildProcess, graceMs: number): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(`SIGTERM 后 ${graceMs / 1000} s 仍未退出，已强制结束`);
    }, graceMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? `signal ${signal}`);
    });
    child.kill('SIGTERM');
  });
}

function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(无日志)';
  }
}
