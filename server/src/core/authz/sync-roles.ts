import { ROLES, ROLE_KEYS } from '@fazhi/shared';
import type { Db } from '../db/database.js';
import { mutation } from '../mutation.js';
import type { TimeSource } from '../time.js';
import type { Permission, RoleKey } from '@fazhi/shared';

const SYSTEM_CTX = { actor: null, ip: null, userAgent: null, requestId: 'startup' };

/**
 * Makes the roles table match the built-in definitions in code. Runs at every start; writes (and
 * records in the trail) only what differs, so an upgrade that changes a grant leaves a trace.
 */
export async function syncBuiltinRoles(
  db: Db,
  time: TimeSource,
  grants: Record<RoleKey, Permission[]>,
): Promise<void> {
  const q = db.kysely;
  const existing = await q
    .selectFrom('rolePermissions')
    .select(['roleKey', 'permission'])
    .execute();
  const have = new Set(existing.map((r) => `${r.roleKey} ${r.permission}`));
  const want = new Set(ROLE_KEYS.flatMap((k) => grants[k].map((p) => `${k} ${p}`)));
  const roles = await q.selectFrom('roles').selectAll().execute();
  const roleChanged = ROLE_KEYS.some((k, i) => {
    const r = roles.find((x) => x.key === k);
    return (
      !r ||
      r.name !== ROLES[k].name ||
      r.description !== ROLES[k].description ||
      r.isAdmin !== (ROLES[k].admin ? 1 : 0) ||
      r.sortOrder !== i
    );
  });
  const added = [...want].filter((x) => !have.has(x));
  const removed = [...have].filter((x) => !want.has(x));
  if (!roleChanged && !added.length && !removed.length) return;

  await mutation({ db, time }, SYSTEM_CTX, async (m) => {
    for (const [i, key] of ROLE_KEYS.entries()) {
      const row = {
        name: ROLES[key].name,
        description: ROLES[key].description,
        isAdmin: ROLES[key].admin ? (1 as const) : (0 as const),
        sortOrder: i,
      };
      await m.trx
        .insertInto('roles')
        .values({ key, ...row })
        .onConflict((oc) => oc.column('key').doUpdateSet(row))
        .execute();
    }
    for (const x of removed) {
      const [roleKey, permission] = x.split(' ') as [string, string];
      await m.trx
        .deleteFrom('rolePermissions')
        .where('roleKey', '=', roleKey)
        .where('permission', '=', permission)
        .execute();
    }
    for (const x of added) {
      const [roleKey, permission] = x.split(' ') as [string, string];
      await m.trx.insertInto('rolePermissions').values({ roleKey, permission }).execute();
    }
    await m.audit({ action: 'system.roles.synced', orgId: null, meta: { added, removed } });
  });
}
