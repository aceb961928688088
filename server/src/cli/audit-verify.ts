import fs from 'node:fs';
import { readAnchorFile, unmatchedAnchors } from '../core/audit/anchors.js';
import { verifyChains } from '../core/audit/verify.js';
import { CliError } from './cli-error.js';
import { options, withDeps, type Command } from './commands.js';

/**
 * Checks every chain offline with the chain key (from the master key, like the server); exits 1 naming
 * the first broken event of each broken chain. `--anchors FILE` also checks that every chain end the
 * audit admin anchored is still in place; `--strict` also fails on chains without key protection.
 */
export const auditVerifyCommand: Command = {
  summary:
    '校验全部审计日志哈希链（HMAC-SM3）：--anchors 锚点文件.json 核对锚点，--strict 未加密钥的链也视为失败',
  async run(args) {
    const { values } = options(args, { anchors: { type: 'string' }, strict: { type: 'boolean' } });
    const anchorText = values.anchors === undefined ? null : readFile(values.anchors);
    return withDeps(async (deps) => {
      const q = deps.db.kysely;
      const reports = await verifyChains(q, deps.secrets.audit.chainKey);
      const names = new Map(
        (await q.selectFrom('orgs').select(['id', 'name']).execute()).map((o) => [o.id, o.name]),
      );
      const label = (chainId: string) =>
        `${chainId === 'system' ? '系统' : (names.get(chainId) ?? chainId)}（${chainId}）`;
      let broken = 0;
      let unprotected = 0;
      for (const r of reports) {
        if (!r.ok) {
          broken += 1;
          const b = r.break!;
          console.error(
            `✗ ${label(r.chainId)}：第 ${b.seq} 号事件${b.eventId ? ` ${b.eventId}` : ''} 校验失败 — ${b.message}`,
          );
        } else if (r.unprotected) {
          unprotected += 1;
          console.error(
            `! ${label(r.chainId)}：${r.events} 条事件，未加密钥保护（全部为无密钥的 SM3：升级前的旧链，或被整条改写）`,
          );
        } else {
          const legacy = r.unkeyedEvents
            ? `（其中前 ${r.unkeyedEvents} 条为升级前未加密钥的事件）`
            : '';
          console.log(`✓ ${label(r.chainId)}：${r.events} 条事件，校验通过${legacy}`);
        }
      }
      if (!reports.length) console.log('尚无审计事件');
      if (
        broken > 1 &&
        reports.every((r) => r.break?.seq === 1 && r.break.problem === 'hash_mismatch')
      ) {
        console.error(
          '提示：每条链都在第 1 号事件失败——多半是本机的主密钥（FAZHI_SECRET_KEY 或数据目录中的 secret.key）与服务器不同',
        );
      }
      console.log(broken ? `共 ${broken} 条链被破坏` : `全部 ${reports.length} 条链校验通过`);
      if (unprotected)
        console.log(
          `${unprotected} 条链未加密钥保护${values.strict ? '（--strict：视为失败）' : ''}`,
        );

      let missed = 0;
      if (anchorText !== null) {
        const read = readAnchorFile(anchorText, deps.secrets.audit.anchorKeys().publicKey);
        if ('refused' in read) {
          console.error(`✗ 锚点文件 ${values.anchors} 被拒绝：${read.refused}`);
          return 1;
        }
        const misses = await unmatchedAnchors(q, read.file.anchors);
        for (const m of misses)
          console.error(
            `✗ ${label(m.anchor.chainId)}：${m.message}（锚点签发于 ${read.file.issuedAt}）`,
          );
        missed = misses.length;
        console.log(
          missed
            ? `${missed} 个锚点不再吻合`
            : `${read.file.anchors.length} 个锚点（${read.file.issuedAt} 签发）全部吻合`,
        );
      }
      return broken || missed || (values.strict && unprotected) ? 1 : 0;
    });
  },
};

function readFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`无法读取锚点文件：${file}`, 2);
  }
}
