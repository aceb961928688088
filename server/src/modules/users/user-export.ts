import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../core/authz/actor.js';
import { today, type Deps } from '../../core/deps.js';
import { sendTracedXlsx } from '../../core/documents/export-trace.js';
import { streamUsers } from './user.service.js';

type Row = Awaited<ReturnType<typeof streamUsers>> extends AsyncIterable<infer R> ? R : never;

/** The account list with its current filters, as XLSX (phone numbers stay masked). */
export async function sendUserExport(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  filter: Parameters<typeof streamUsers>[2],
) {
  const rows = await streamUsers(deps, ctx, filter);
  return sendTracedXlsx<Row>(
    deps,
    ctx,
    reply,
    {
      filename: `账号列表-${today(deps)}.xlsx`,
      sheetName: '账号',
      rows,
      columns: [
        { header: '用户名', key: 'username', width: 16 },
        { header: '姓名', key: 'displayName', width: 12 },
        { header: '机构', key: 'org', width: 24, format: (r) => r.org.name },
        {
          header: '角色',
          key: 'roles',
          width: 24,
          format: (r) => r.roles.map((x) => x.name).join('、'),
        },
        { header: '手机号（脱敏）', key: 'phoneMasked', width: 16 },
        {
          header: '状态',
          key: 'status',
          width: 8,
          format: (r) => (r.status === 'active' ? (r.locked ? '已锁定' : '正常') : '已停用'),
        },
        {
          header: '动态口令',
          key: 'totpEnabled',
          width: 10,
          format: (r) => (r.totpEnabled ? '已绑定' : '未绑定'),
        },
        { header: '最近登录', key: 'lastLoginAt', width: 20 },
      ],
    },
    { action: 'user.list.exported', what: '账号列表', filter },
  );
}
