import { verifyChains } from '../core/audit/verify.js';
import { withDeps, type Command } from './commands.js';

/** Checks every chain offline; exits 1 naming the first broken event of each broken chain. */
export const auditVerifyCommand: Command = {
  summary: '校验全部审计日志哈希链（SM3），发现篡改时以非零状态退出',
  run: () =>
    withDeps(async (deps) => {
      const reports = await verifyChains(deps.db.kysely);
      const names = new Map((await deps.db.kysely.selectFrom('orgs').select(['id', 'name']).execute()).map((o) => [o.id, o.name]));
      let broken = 0;
      for (const r of reports) {
        const label = r.chainId === 'system' ? '系统' : (names.get(r.chainId) ?? r.chainId);
        if (r.ok) {
          console.log(`✓ ${label}（${r.chainId}）：${r.events} 条事件，校验通过`);
        } else {
          broken += 1;
          const b = r.break!;
          console.error(`✗ ${label}（${r.chainId}）：第 ${b.seq} 号事件${b.eventId ? ` ${b.eventId}` : ''} 校验失败 — ${b.message}`);
        }
      }
      if (!reports.length) console.log('尚无审计事件');
      console.log(broken ? `共 ${broken} 条链被破坏` : `全部 ${reports.length} 条链校验通过`);
      return broken ? 1 : 0;
    }),
};
