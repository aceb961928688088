import { ADMIN_ROLE_KEYS, type RoleKey } from '@fazhi/shared';
import { can, type Actor } from '../../core/authz/actor.js';

/**
 * Who may do what to an account (the target is already known to be in the actor's scope).
 * 三员分立: nobody acts on their own roles, and one person never holds two administrator roles.
 */
export function userAbilitiesFor(
  actor: Actor,
  target: { id: string; locked: boolean; totpEnabled: boolean; status: string },
) {
  const self = actor.userId === target.id;
  return {
    update: can(actor, 'user.manage'),
    disable: can(actor, 'user.manage') && !self && target.status === 'active',
    resetPassword: can(actor, 'user.manage') && !self,
    unlock: can(actor, 'user.unlock') && target.locked,
    assignRoles: can(actor, 'role.assign') && !self,
    readPii: can(actor, 'user.pii.read'),
    revokeSessions: can(actor, 'session.manage') && !self,
    resetTotp: can(actor, 'user.unlock') && !self && target.totpEnabled,
  };
}

/**
 * Problems with a set of roles for one person, in Chinese; empty when acceptable. 三员分立: an
 * administrator role stands alone (no second administrator role, no business role beside it); a 公众
 * account (self-registered) never gets staff or administrator roles, whoever assigns them.
 */
export function roleSetProblems(roles: RoleKey[], current: RoleKey[] = []): string[] {
  const admins = roles.filter((r) => ADMIN_ROLE_KEYS.includes(r));
  const problems: string[] = [];
  if (admins.length > 1)
    problems.push('三员分立：系统管理员、安全管理员、审计管理员不能由同一人兼任');
  if (admins.length && roles.length > admins.length)
    problems.push('三员分立：管理员角色不能与业务角色兼任');
  if (roles.includes('public') && roles.length > 1)
    problems.push('公众账号不能同时拥有工作人员角色');
  if (current.includes('public') && roles.some((r) => r !== 'public'))
    problems.push('公众自行注册的账号不能被授予工作人员或管理员角色');
  return problems;
}
