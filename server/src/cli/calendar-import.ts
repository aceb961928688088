import fs from 'node:fs';
import type { Actor } from '../core/authz/actor.js';
import { isAppError } from '../core/errors.js';
import { importCalendarCsv } from '../modules/calendar/calendar.public.js';
import { CliError } from './cli-error.js';
import { options, withDeps, type Command } from './commands.js';

/** The operator at the console: may enter calendar notices, recorded in the trail as `cli`. */
const CLI_ACTOR: Actor = {
  kind: 'user',
  userId: null,
  tokenId: null,
  name: 'cli',
  displayName: '命令行',
  orgId: '',
  orgKind: 'province',
  townId: null,
  scopePath: '/',
  roles: [],
  permissions: new Set(['calendar.read', 'calendar.manage']),
};

export const calendarImportCommand: Command = {
  summary: '导入国务院放假安排 CSV：calendar import 文件.csv --year 2027 --title 标题 [--doc 文号]',
  async run(args) {
    const { values, positionals } = options(args, {
      year: { type: 'string' },
      title: { type: 'string' },
      doc: { type: 'string' },
    });
    const file = positionals[0];
    if (!file) throw new CliError('须提供 CSV 文件路径', 2);
    if (!fs.existsSync(file)) throw new CliError(`文件不存在：${file}`);
    const year = Number(values.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new CliError('须提供 --year（四位年份）', 2);
    if (!values.title) throw new CliError('须提供 --title（通知标题）', 2);
    const csv = fs.readFileSync(file, 'utf8');
    return withDeps(async (deps) => {
      const ctx = { actor: CLI_ACTOR, ip: null, userAgent: 'fazhi-cli', requestId: 'cli' };
      try {
        const r = await importCalendarCsv(deps, ctx, {
          year,
          title: values.title!,
          docNumber: values.doc ?? null,
          csv,
        });
        console.log(
          `已录入 ${year} 年放假安排（第 ${r.notice.version} 版）；重新计算期限 ${r.redated.count} 个。`,
        );
        return 0;
      } catch (e) {
        if (!isAppError(e)) throw e;
        const rows =
          (e.details as { errors?: { line?: number; message: string }[] } | null)?.errors ?? [];
        throw new CliError(
          [
            e.message,
            ...rows.map((r) => `  ${r.line ? `第 ${r.line} 行：` : ''}${r.message}`),
          ].join('\n'),
        );
      }
    });
  },
};
