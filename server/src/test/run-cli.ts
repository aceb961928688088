import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestEnv } from './test-env.js';

const entry = fileURLToPath(new URL('../cli/main.ts', import.meta.url));

type Target = Pick<TestEnv, 'dataDir' | 'databaseUrl'>;

/** Same settings as the test process, including its master key (`secret.key` in the data directory): the audit chain is keyed with it. */
const cliEnv = (env: Target) => ({
  ...process.env,
  FAZHI_DATA_DIR: env.dataDir,
  FAZHI_SECRET_KEY: '',
  FAZHI_LOG_LEVEL: 'silent',
  ...(env.databaseUrl ? { DATABASE_URL: env.databaseUrl } : { DATABASE_URL: '' }),
});
const cliArgs = (args: string[]) => ['--conditions=source', '--import', 'tsx', entry, ...args];

/** Runs `fazhi <args>` from source in its own process, against the test environment's database. */
export function runCli(env: Target, args: string[]) {
  const res = spawnSync(process.execPath, cliArgs(args), {
    encoding: 'utf8',
    env: cliEnv(env),
    timeout: 60_000,
  });
  return {
    code: res.status,
    stdout: res.stdout,
    stderr: res.stderr,
    out: `${res.stdout}${res.stderr}`,
  };
}

/**
 * `runCli` without blocking this process, for tests whose HTTP server must keep serving meanwhile;
 * `settings` override the environment (e.g. another master key).
 */
export function runCliAsync(
  env: Target,
  args: string[],
  settings: Record<string, string> = {},
): Promise<ReturnType<typeof runCli>> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      cliArgs(args),
      { encoding: 'utf8', env: { ...cliEnv(env), ...settings }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr, out: `${stdout}${stderr}` });
      },
    );
  });
}
