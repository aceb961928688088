import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import type { Deps } from '../../core/deps.js';
import {
  parseXlsx,
  xlsxTemplate,
  type ImportColumn,
  type ImportError,
} from '../../core/documents/xlsx-import.js';
import { badRequest } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { hashPassword } from '../auth/passwords.js';
import { passwordProblems } from '../auth/password-policy.js';
import { findOrgByCode } from '../orgs/orgs.public.js';
import { findUserByUsername, insertUser } from './user.repository.js';
import { IMPORT_HEADERS, importRow } from './user.schema.js';
import { normalisePhone } from './user.service.js';

const COLUMNS: ImportColumn[] = [
  {
    header: IMPORT_HEADERS.username,
    key: 'username',
    required: true,
    example: 'wufeng01',
    width: 16,
  },
  {
    header: IMPORT_HEADERS.displayName,
    key: 'displayName',
    required: true,
    example: '张三',
    width: 12,
  },
  {
    header: IMPORT_HEADERS.orgCode,
    key: 'orgCode',
    required: true,
    example: '330282109203',
    width: 18,
  },
  { header: IMPORT_HEADERS.phone, key: 'phone', example: '13800000000', width: 16 },
  {
    header: IMPORT_HEADERS.password,
    key: 'password',
    required: true,
    example: 'Chushi#2024',
    width: 16,
  },
];

export const userImportTemplate = () =>
  xlsxTemplate('账号导入', COLUMNS, [
    '每行一个账号；机构代码见“机构管理”页面。',
    '导入的账号须在首次登录时修改初始密码。',
    '角色由安全管理员另行分配（三员分立）。',
  ]);

/**
 * Creates accounts from an XLSX sheet. Every row is checked first (format, org in scope, unique
 * username, password policy); one bad row means nothing is written and every problem is reported.
 */
export async function importUsers(deps: Deps, ctx: RequestContext, file: Buffer) {
  const actor = authorize(ctx, 'user.manage');
  const { wellFormed: rows, errors } = await parseXlsx(file, {
    columns: COLUMNS,
    schema: importRow,
    maxRows: 2000,
  });
  const q = deps.db.kysely;
  const seen = new Set<string>();
  const resolved: { row: number; value: (typeof rows)[number]['value']; orgId: string }[] = [];
  const add = (row: number, column: string | null, message: string) =>
    errors.push({ row, column, message } satisfies ImportError);
  for (const { row, value } of rows) {
    const org = await findOrgByCode(q, value.orgCode);
    if (!org || !org.path.startsWith(actor.scopePath))
      add(row, IMPORT_HEADERS.orgCode, `机构代码 ${value.orgCode} 不存在或不在您的管辖范围内`);
    if (seen.has(value.username))
      add(row, IMPORT_HEADERS.username, `用户名 ${value.username} 在表中重复`);
    else if (await findUserByUsername(q, value.username))
      add(row, IMPORT_HEADERS.username, `用户名 ${value.username} 已被使用`);
    seen.add(value.username);
    for (const p of passwordProblems(value.password, value.username))
      add(row, IMPORT_HEADERS.password, p);
    if (org) resolved.push({ row, value, orgId: org.id });
  }
  if (errors.length) {
    errors.sort((a, b) => a.row - b.row);
    throw badRequest(
      `导入文件有 ${errors.length} 处问题，未导入任何账号`,
      { errors },
      'IMPORT_INVALID',
    );
  }
  if (!resolved.length)
    throw badRequest('导入文件中没有账号数据', { errors: [] }, 'IMPORT_INVALID');
  const hashes = await Promise.all(resolved.map((r) => hashPassword(r.value.password)));
  return mutation(deps, ctx, async (m) => {
    for (const [i, r] of resolved.entries()) {
      const phone = r.value.phone ? normalisePhone(r.value.phone) : null;
      const user = await insertUser(m.trx, {
        orgId: r.orgId,
        username: r.value.username,
        displayName: r.value.displayName,
        passwordHash: hashes[i]!,
        phoneEnc: phone ? deps.secrets.encrypt(phone) : null,
        phoneIndex: phone ? deps.secrets.blindIndex(phone) : null,
        mustChangePassword: true,
        now: m.now,
      });
      await m.audit({
        action: 'user.user.created',
        targetType: 'user',
        targetId: user.id,
        orgId: r.orgId,
        changes: { username: { before: null, after: user.username } },
        meta: { via: 'xlsx_import', row: r.row },
      });
    }
    return { created: resolved.length };
  });
}
