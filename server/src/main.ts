import { buildApp } from './app.js';
import { openDeps, seedDemoOnFirstStart } from './bootstrap.js';
import { startScheduler } from './core/jobs/scheduler.js';
import { JOBS } from './modules.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './modules/demo/demo-data.js';
import { ROLES } from '@fazhi/shared';

/** `npm start`: open the database (migrating it), load the demo on first start, serve UI + API. */
async function main() {
  const started = Date.now();
  const deps = await openDeps();
  const seeded = await seedDemoOnFirstStart(deps);
  const app = await buildApp(deps);
  const scheduler = deps.config.scheduler ? startScheduler(deps, app.log, JOBS()) : null;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Stop taking work, let requests and a running job finish (at most 10 s), then close the database.
    const force = setTimeout(() => app.server.closeAllConnections(), 10_000);
    force.unref();
    await Promise.all([scheduler?.stop(), app.close()]);
    clearTimeout(force);
    await deps.db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const address = await app.listen({ port: deps.config.port, host: deps.config.host });
  const wildcard = ['0.0.0.0', '::', ''].includes(deps.config.host);
  const shown = wildcard ? `http://localhost:${new URL(address).port}` : address;
  const lines = [
    '',
    `Fazhi 法治 已启动：${shown}  （${Date.now() - started} ms）`,
    `  数据库：${deps.db.dialect === 'pg' ? 'PostgreSQL' : 'SQLite'} ${deps.db.location}`,
    `  接口文档：${shown}/api/docs`,
  ];
  if (deps.config.demo) {
    const bar = '!'.repeat(72);
    lines.push(
      bar,
      '!!  演示模式（FAZHI_DEMO=1）：以下演示账号的密码公开，切勿用于真实数据或对外服务  !!',
      bar,
    );
    app.log.warn('demo mode: demo accounts with a published password exist (FAZHI_DEMO=1)');
    lines.push(
      `  演示数据${seeded ? '已载入' : '已存在'}（桥头镇）。演示账号（密码均为 ${DEMO_PASSWORD}，仅供演示）：`,
    );
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(11)} ${ROLES[a.role].name}`);
    lines.push('  三个管理员账号首次登录时须用手机动态口令 App 扫码绑定。', bar);
  } else {
    const users = await deps.db.kysely
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(users.n) === 0) {
      lines.push('  生产模式（FAZHI_DEMO=0）：尚无任何账号。请先用命令行创建系统管理员，例如：');
      lines.push(
        '    npx fazhi user create --username admin --password "<初始密码>" --role system_admin --org 330282109',
      );
    }
  }
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(`启动失败：${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
