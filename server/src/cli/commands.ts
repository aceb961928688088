import { parseArgs } from 'node:util';
import { openDeps } from '../bootstrap.js';
import type { Deps } from '../core/deps.js';
import { backupCommand, restoreCommand } from './backup.js';
import { CliError } from './cli-error.js';
import { auditVerifyCommand } from './audit-verify.js';
import { calendarImportCommand } from './calendar-import.js';
import { orgImportCommand, userCreateCommand } from './people.js';

export interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

/** Parses `--name value` options; unknown options are a usage error. */
export function options<T extends Record<string, { type: 'string' | 'boolean' }>>(
  args: string[],
  spec: T,
) {
  try {
    return parseArgs({ args, options: spec, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError((e as Error).message, 2);
  }
}

/** Opens the database (migrated) for one command and always closes it. */
export async function withDeps<R>(fn: (deps: Deps) => Promise<R>): Promise<R> {
  const deps = await openDeps();
  try {
    return await fn(deps);
  } finally {
    await deps.db.close();
  }
}

export const COMMANDS: Record<string, Command> = {
  migrate: {
    summary: '执行数据库迁移',
    run: async () => {
      const deps = await openDeps({ prepare: false });
      try {
        const { prepareDatabase } = await import('../bootstrap.js');
        const applied = await prepareDatabase(deps);
        console.log(
          applied.length ? `已执行迁移：\n  ${applied.join('\n  ')}` : '数据库已是最新，无需迁移',
        );
        return 0;
      } finally {
        await deps.db.close();
      }
    },
  },
  'user create': userCreateCommand,
  'org import': orgImportCommand,
  'audit verify': auditVerifyCommand,
  'calendar import': calendarImportCommand,
  backup: backupCommand,
  restore: restoreCommand,
};
