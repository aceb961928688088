#!/usr/bin/env node
/**
 * `npm test`: build everything, then run the vitest projects unit, api-sqlite, api-pg and e2e in one
 * vitest process (one worker pool keeps both cores busy across projects, which is faster on 2 cores
 * than running the projects one after another).
 *
 * PostgreSQL (api-pg) and Chromium (e2e) are detected first. When one is missing its project is left
 * out with a loud banner; under CI=true a missing one fails the run instead, because CI must prove
 * both databases and the browser flows.
 *
 *   npm test                         everything
 *   npm test -- --skip-build         reuse the current server/dist and web/dist
 *   npm test -- --project unit       only the named project(s); other arguments go to vitest as-is
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, cjkFontMissing, postgresProblem, postgresUrl } from './lib/detect.mjs';
import { banner } from './lib/banner.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ci = ['1', 'true'].includes(String(process.env.CI ?? '').toLowerCase());

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const vitestArgs = args.filter((a) => a !== '--skip-build');
const chosenByUser = vitestArgs.some((a) => a === '--project' || a.startsWith('--project='));

/** Runs a command with inherited stdio; resolves to its exit code (signals count as failure). */
function run(cmd, argv, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: root, stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal === 'SIGINT' ? 130 : 1));
    });
  });
}

async function main() {
  const pgProblem = await postgresProblem();
  const chromium = chromiumPath();
  const missing = [];
  const verb = ci ? '无法运行' : '跳过';
  if (pgProblem) {
    missing.push([
      `PostgreSQL 不可达（${postgresUrl()}）：${pgProblem}`,
      `  ${verb}：api-pg 项目（全部 *.api.test.ts 在 PostgreSQL 上的第二遍）。`,
      '  获取：启动本机 PostgreSQL —— pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
      '        或设置 TEST_DATABASE_URL=postgres://user@host:5432/postgres（需能 CREATE DATABASE）。',
    ]);
  }
  if (!chromium) {
    missing.push([
      `Chromium 未找到（${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}）。`,
      `  ${verb}：e2e 项目（e2e/**/*.e2e.test.ts 浏览器流程）。`,
      '  获取：apt-get install -y chromium fonts-wqy-microhei，或设置 CHROMIUM_PATH=<chromium 可执行文件>。',
    ]);
  }
  if (missing.length) {
    const lines = missing.flatMap((m, i) => (i ? ['', ...m] : m));
    if (ci) {
      console.error(
        banner(['CI=true：以下依赖缺失，测试视为失败（CI 中不允许跳过）。', '', ...lines]),
      );
      return 1;
    }
    console.warn(banner(['以下测试将被跳过 —— 本次结果不完整！', '', ...lines]));
  }
  if (chromium && cjkFontMissing()) {
    console.warn(
      banner([
        '未找到中文字体：浏览器截图中的汉字会显示为方框。',
        '  获取：apt-get install -y fonts-wqy-microhei',
      ]),
    );
  }

  if (!skipBuild) {
    const started = Date.now();
    console.log('\n▶ npm run build');
    const code = await run('npm', ['run', 'build']);
    if (code !== 0) {
      console.error(`\n✗ 构建失败（退出码 ${code}），不运行测试。`);
      return code;
    }
    console.log(`✓ 构建完成（${((Date.now() - started) / 1000).toFixed(1)} s）`);
  }

  const projects = [
    'unit',
    'api-sqlite',
    ...(pgProblem ? [] : ['api-pg']),
    ...(chromium ? ['e2e'] : []),
  ];
  const projectArgs = chosenByUser ? [] : projects.flatMap((p) => ['--project', p]);
  const vitest = path.join(
    path.dirname(fileURLToPath(import.meta.resolve('vitest/package.json'))),
    'vitest.mjs',
  );
  console.log(`\n▶ vitest run ${chosenByUser ? vitestArgs.join(' ') : projects.join(' ')}`);
  const env = { ...process.env, ...(chromium ? { CHROMIUM_PATH: chromium } : {}) };
  const code = await run(process.execPath, [vitest, 'run', ...projectArgs, ...vitestArgs], env);
  if (missing.length)
    console.warn(banner(['提醒：本次跳过了部分测试（见开头说明），结果不完整。']));
  return code;
}

process.exitCode = await main();
