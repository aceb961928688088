import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDeps } from '../bootstrap.js';
import { verifyChains } from '../core/audit/verify.js';
import { loadConfig } from '../config.js';
import { CliError } from './cli-error.js';
import { options, withDeps, type Command } from './commands.js';

const run = promisify(execFile);

/**
 * A backup is one .tar.gz: `manifest.json`, the database snapshot (`fazhi.db` taken with SQLite's
 * online backup API while the server runs, or `fazhi.pgdump` from pg_dump) and the attachment store
 * `files/`. The master key (secret.key or FAZHI_SECRET_KEY) is deliberately NOT inside: keep it apart.
 */
export const backupCommand: Command = {
  summary: '在线备份数据库和附件：--out 文件.tar.gz',
  async run(args) {
    const { values } = options(args, { out: { type: 'string' } });
    if (!values.out) throw new CliError('须提供 --out 备份文件路径', 2);
    const out = path.resolve(values.out);
    return withDeps(async (deps) => {
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-backup-'));
      try {
        const snapshot = deps.db.dialect === 'sqlite' ? 'fazhi.db' : 'fazhi.pgdump';
        if (deps.db.sqlite) {
          await deps.db.sqlite.backup(path.join(work, snapshot));
        } else {
          await run('pg_dump', [
            '--format=custom',
            '--no-owner',
            '--file',
            path.join(work, snapshot),
            deps.config.databaseUrl!,
          ]);
        }
        const events = await deps.db.kysely
          .selectFrom('auditEvents')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        const manifest = {
          format: 1,
          dialect: deps.db.dialect,
          snapshot,
          createdAt: deps.time.now().toISOString(),
          auditEvents: Number(events.n),
        };
        fs.writeFileSync(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
        const files = path.join(deps.config.dataDir, 'files');
        const entries = ['manifest.json', snapshot];
        const tarArgs = ['-czf', out, '-C', work, ...entries];
        if (fs.existsSync(files)) tarArgs.push('-C', deps.config.dataDir, 'files');
        await run('tar', tarArgs);
        console.log(
          `备份完成：${out}（${deps.db.dialect === 'pg' ? 'PostgreSQL' : 'SQLite'}，审计事件 ${manifest.auditEvents} 条）`,
        );
        console.log(
          '提示：主密钥（数据目录下的 secret.key 或 FAZHI_SECRET_KEY）不在备份内，请另行妥善保管。',
        );
        return 0;
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    });
  },
};

/**
 * Restores a backup into the configured database and data directory, then verifies the audit chains.
 * Stop the app servers first: a restore replaces everything.
 */
export const restoreCommand: Command = {
  summary: '从备份恢复（须先停止服务）：--from 文件.tar.gz',
  async run(args) {
    const { values } = options(args, { from: { type: 'string' } });
    if (!values.from) throw new CliError('须提供 --from 备份文件路径', 2);
    const from = path.resolve(values.from);
    if (!fs.existsSync(from)) throw new CliError(`备份文件不存在：${from}`);
    const config = loadConfig();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-restore-'));
    try {
      await run('tar', ['-xzf', from, '-C', work]).catch(() => {
        throw new CliError('无法解开备份文件（不是 Fazhi 备份或已损坏）');
      });
      const manifestPath = path.join(work, 'manifest.json');
      if (!fs.existsSync(manifestPath))
        throw new CliError('备份中缺少 manifest.json，不是 Fazhi 备份');
      const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as {
        dialect: 'sqlite' | 'pg';
        snapshot: string;
        auditEvents: number;
      };
      const target = config.databaseUrl ? 'pg' : 'sqlite';
      if (manifest.dialect !== target) {
        throw new CliError(
          `备份来自 ${manifest.dialect === 'pg' ? 'PostgreSQL' : 'SQLite'}，当前配置为 ${target === 'pg' ? 'PostgreSQL' : 'SQLite'}，不能直接恢复`,
        );
      }
      fs.mkdirSync(config.dataDir, { recursive: true });
      if (target === 'sqlite') {
        const db = path.join(config.dataDir, 'fazhi.db');
        for (const suffix of ['-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
        fs.copyFileSync(path.join(work, manifest.snapshot), `${db}.restoring`);
        fs.renameSync(`${db}.restoring`, db);
      } else {
        await run('pg_restore', [
          '--clean',
          '--if-exists',
          '--no-owner',
          '--single-transaction',
          '--dbname',
          config.databaseUrl!,
          path.join(work, manifest.snapshot),
        ]);
      }
      const files = path.join(work, 'files');
      if (fs.existsSync(files))
        fs.cpSync(files, path.join(config.dataDir, 'files'), { recursive: true });

      const deps = await openDeps({ config });
      try {
        const reports = await verifyChains(deps.db.kysely, deps.secrets.audit.chainKey);
        const events = reports.reduce((a, r) => a + r.events, 0);
        const broken = reports.filter((r) => !r.ok);
        console.log(
          `恢复完成：审计事件 ${events} 条（备份时 ${manifest.auditEvents} 条），${broken.length ? `${broken.length} 条链校验失败` : '哈希链校验通过'}`,
        );
        return broken.length ? 1 : 0;
      } finally {
        await deps.db.close();
      }
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  },
};
