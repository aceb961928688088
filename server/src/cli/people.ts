import { ROLE_KEYS, ROLES, type RoleKey } from '@fazhi/shared';
import type { Deps } from '../core/deps.js';
import { isAppError } from '../core/errors.js';
import { mutation } from '../core/mutation.js';
import { assertPasswordAcceptable, hashPassword } from '../modules/auth/passwords.js';
import {
  findOrgByCode,
  importDivision,
  normaliseDivisionCode,
} from '../modules/orgs/orgs.public.js';
import {
  findUserByUsername,
  insertUser,
  roleSetProblems,
  setRoles,
} from '../modules/users/users.public.js';
import { CliError } from './cli-error.js';
import { options, withDeps, type Command } from './commands.js';

const CLI_CTX = { actor: null, ip: null, userAgent: 'fazhi-cli', requestId: 'cli' };

/** Finds an org by its code; a division code not yet loaded is imported from the national codes. */
async function resolveOrg(deps: Deps, code: string) {
  const code12 = normaliseDivisionCode(code);
  const existing =
    (await findOrgByCode(deps.db.kysely, code)) ??
    (code12 ? await findOrgByCode(deps.db.kysely, code12) : undefined);
  if (existing) return existing;
  if (!code12) throw new CliError(`找不到机构代码 ${code}`);
  try {
    return (await mutation(deps, CLI_CTX, (m) => importDivision(m, code12))).org;
  } catch (e) {
    throw new CliError(isAppError(e) ? e.message : String(e));
  }
}

export const userCreateCommand: Command = {
  summary: '创建账号：--username U --password P --role ROLE --org 区划代码 [--name 姓名]',
  async run(args) {
    const { values } = options(args, {
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      org: { type: 'string' },
      name: { type: 'string' },
    });
    const { username, password, role, org } = values;
    if (!username || !password || !role || !org)
      throw new CliError('须提供 --username、--password、--role 和 --org', 2);
    const roles = role.split(',') as RoleKey[];
    const unknown = roles.filter((r) => !ROLE_KEYS.includes(r));
    if (unknown.length)
      throw new CliError(`未知角色：${unknown.join(', ')}（可用：${ROLE_KEYS.join(', ')}）`, 2);
    const problems = roleSetProblems(roles);
    if (problems.length) throw new CliError(problems.join('；'), 2);
    if (!/^[A-Za-z0-9_.-]{3,32}$/.test(username))
      throw new CliError('用户名为 3–32 位字母、数字或 _.- 组成', 2);
    try {
      assertPasswordAcceptable(password, username);
    } catch (e) {
      throw new CliError((e as Error).message, 2);
    }
    return withDeps(async (deps) => {
      const target = await resolveOrg(deps, org);
      if (await findUserByUsername(deps.db.kysely, username))
        throw new CliError(`用户名 ${username} 已存在`);
      const passwordHash = await hashPassword(password);
      await mutation(deps, CLI_CTX, async (m) => {
        const user = await insertUser(m.trx, {
          orgId: target.id,
          username,
          displayName: values.name ?? username,
          passwordHash,
          mustChangePassword: true,
          now: m.now,
        });
        await setRoles(m.trx, user.id, roles, null, m.now);
        await m.audit({
          action: 'user.user.created',
          targetType: 'user',
          targetId: user.id,
          orgId: target.id,
          actorOverride: { userId: null, name: 'cli' },
          changes: {
            username: { before: null, after: username },
            roles: { before: null, after: roles.map((r) => ROLES[r].name) },
          },
        });
      });
      console.log(
        `已创建账号 ${username}（${roles.map((r) => ROLES[r].name).join('、')}，${target.name}）。首次登录须修改密码${roles.some((r) => ROLES[r].admin) ? '并绑定动态口令' : ''}。`,
      );
      return 0;
    });
  },
};

export const orgImportCommand: Command = {
  summary: '从国家统计区划代码导入机构：--division 330282109',
  async run(args) {
    const { values } = options(args, { division: { type: 'string' } });
    if (!values.division) throw new CliError('须提供 --division（2/4/6/9/12 位区划代码）', 2);
    return withDeps(async (deps) => {
      try {
        const { added, org } = await mutation(deps, CLI_CTX, async (m) => {
          const r = await importDivision(m, values.division!);
          if (!r.added)
            await m.audit({
              action: 'org.division.checked',
              targetType: 'org',
              targetId: r.org.id,
              orgId: r.org.id,
            });
          return r;
        });
        console.log(`${org.name}（${org.code}）：新增机构 ${added} 个`);
        return 0;
      } catch (e) {
        throw new CliError(isAppError(e) ? e.message : String(e));
      }
    });
  },
};
