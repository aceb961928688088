import { ADMIN_ROLE_KEYS, ROLE_KEYS, type RoleKey } from '@fazhi/shared';
import type { Q } from '../../core/db/database.js';

/**
 * Permissions that read personal data across many people at once (the trail, every account's full
 * phone number): a role holding one needs a second factor unless the security administrator says otherwise.
 */
const BULK_PERSONAL_DATA_PERMISSIONS = ['user.pii.read', 'audit.event.read'] as const;

interface RoleMfa {
  required: boolean;
  /** Built-in default, or set by the security administrator. */
  source: 'default' | 'setting';
  /** 三员 always need the second factor (等保 三级: administrators authenticate with two factors). */
  locked: boolean;
}

/** Every role's second-factor rule: administrators always; others by setting, else by default. */
export async function roleMfaRules(q: Q): Promise<Record<RoleKey, RoleMfa>> {
  const [settings, bulk] = await Promise.all([
    q.selectFrom('roleMfaSettings').select(['roleKey', 'required']).execute(),
    q
      .selectFrom('rolePermissions')
      .select('roleKey')
      .where('permission', 'in', [...BULK_PERSONAL_DATA_PERMISSIONS])
      .execute(),
  ]);
  const bulkRoles = new Set(bulk.map((r) => r.roleKey));
  return Object.fromEntries(
    ROLE_KEYS.map((key) => {
      const locked = ADMIN_ROLE_KEYS.includes(key);
      const set = settings.find((s) => s.roleKey === key);
      const rule: RoleMfa = locked
        ? { required: true, source: 'default', locked }
        : set
          ? { required: set.required === 1, source: 'setting', locked }
          : { required: bulkRoles.has(key), source: 'default', locked };
      return [key, rule];
    }),
  ) as Record<RoleKey, RoleMfa>;
}

/** Whether a person with these roles must use a second factor. */
export async function mfaRequiredFor(q: Q, roles: RoleKey[]): Promise<boolean> {
  if (roles.some((r) => ADMIN_ROLE_KEYS.includes(r))) return true;
  if (!roles.length) return false;
  const rules = await roleMfaRules(q);
  return roles.some((r) => rules[r]?.required);
}
