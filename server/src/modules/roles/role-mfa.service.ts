import { ROLE_KEYS, ROLES, type RoleKey } from '@fazhi/shared';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import type { Deps } from '../../core/deps.js';
import { badRequest, notFound } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { roleMfaRules } from './role-mfa.js';

/**
 * The security administrator decides which business roles need a second factor. It applies from each
 * person's next sign-in; the 三员 cannot be exempted.
 */
export async function setRoleMfa(deps: Deps, ctx: RequestContext, key: string, required: boolean) {
  const actor = authorize(ctx, 'role.assign');
  if (!ROLE_KEYS.includes(key as RoleKey)) throw notFound('角色不存在');
  const rules = await roleMfaRules(deps.db.kysely);
  const before = rules[key as RoleKey];
  if (before.locked)
    throw badRequest('三员分立：管理员角色必须使用动态口令，不能关闭', null, 'MFA_LOCKED');
  await mutation(deps, ctx, async (m) => {
    const row = {
      required: required ? (1 as const) : (0 as const),
      updatedBy: actor.userId,
      updatedAt: m.now.toISOString(),
    };
    await m.trx
      .insertInto('roleMfaSettings')
      .values({ roleKey: key, ...row })
      .onConflict((oc) => oc.column('roleKey').doUpdateSet(row))
      .execute();
    await m.audit({
      action: 'role.mfa.updated',
      targetType: 'role',
      targetId: key,
      changes: { mfaRequired: { before: before.required, after: required } },
      meta: { role: ROLES[key as RoleKey].name },
    });
  });
  return (await roleMfaRules(deps.db.kysely))[key as RoleKey];
}
