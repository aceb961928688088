import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestEnv } from './test-env.js';

const entry = fileURLToPath(new URL('../cli/main.ts', import.meta.url));

/**
 * Runs `fazhi <args>` from source in its own process, against the test environment's database, with the
 * same master key as the test process (`secret.key` in the data directory): the audit chain is keyed with it.
 */
export function runCli(env: Pick<TestEnv, 'dataDir' | 'databaseUrl'>, args: string[]) {
  const res = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', entry, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      FAZHI_DATA_DIR: env.dataDir,
      FAZHI_SECRET_KEY: '',
      FAZHI_LOG_LEVEL: 'silent',
      ...(env.databaseUrl ? { DATABASE_URL: env.databaseUrl } : { DATABASE_URL: '' }),
    },
    timeout: 60_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr, out: `${res.stdout}${res.stderr}` };
}
