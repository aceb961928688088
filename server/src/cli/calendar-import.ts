import fs from 'node:fs';
import { CliError } from './cli-error.js';
import { options, withDeps, type Command } from './commands.js';

/** Filled in with the calendar module's CSV import. */
export const calendarImportCommand: Command = {
  summary: '导入国务院放假安排 CSV：calendar import 文件.csv --year 2027 --title 标题 [--doc 文号]',
  async run(args) {
    const { values, positionals } = options(args, { year: { type: 'string' }, title: { type: 'string' }, doc: { type: 'string' } });
    const file = positionals[0];
    if (!file) throw new CliError('须提供 CSV 文件路径', 2);
    if (!fs.existsSync(file)) throw new CliError(`文件不存在：${file}`);
    return withDeps(async () => {
      void values;
      throw new CliError('日历导入尚未接入');
    });
  },
};
