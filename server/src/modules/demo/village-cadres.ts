import type { Q } from '../../core/db/database.js';
import { hashPassword } from '../auth/passwords.js';
import { findUserByUsername, insertUser, setRoles } from '../users/users.public.js';
import { DEMO_PASSWORD } from './demo-data.js';

// tenancy: the demo seed runs as the system

/**
 * The cadre (村干部) of each village-level unit of 桥头镇, by org code: the village's own account, which
 * submits its contracts and rules for legality review, signs or adopts them, and keeps its 三务公开.
 * 上林湖村's cadre is the foundation's `cadre`. Names are fictional.
 */
const VILLAGE_CADRES: Record<string, { username: string; name: string }> = {
  '330282109001': { username: 'v001-cadre', name: '陈晓燕' },
  '330282109201': { username: 'v201-cadre', name: '王立新' },
  '330282109202': { username: 'cadre', name: '钱村干部' },
  '330282109203': { username: 'v203-cadre', name: '岑海波' },
  '330282109204': { username: 'v204-cadre', name: '胡志明' },
  '330282109205': { username: 'v205-cadre', name: '毛国庆' },
  '330282109206': { username: 'v206-cadre', name: '陆伟东' },
  '330282109207': { username: 'v207-cadre', name: '杜建军' },
  '330282109208': { username: 'v208-cadre', name: '潘国良' },
};

/** The cadre of a village-level unit, as the demo names it. */
export function cadreOf(code: string): { username: string; name: string } {
  const cadre = VILLAGE_CADRES[code];
  if (!cadre) throw new Error(`demo village ${code} has no cadre`);
  return cadre;
}

/**
 * Opens the accounts of the villages' cadres that do not exist yet (whichever module's demo needs them
 * first); returns the user id of each, by org id.
 */
export async function ensureVillageCadres(
  q: Q,
  villages: { id: string; code: string }[],
  now: Date,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  let hash: string | null = null;
  for (const v of villages) {
    const cadre = VILLAGE_CADRES[v.code];
    if (!cadre) continue;
    const found = await findUserByUsername(q, cadre.username);
    if (found) {
      ids.set(v.id, found.id);
      continue;
    }
    hash ??= await hashPassword(DEMO_PASSWORD);
    const user = await insertUser(q, {
      orgId: v.id,
      username: cadre.username,
      displayName: cadre.name,
      passwordHash: hash,
      mustChangePassword: false,
      isDemo: true,
      now,
    });
    await setRoles(q, user.id, ['village_cadre'], null, now);
    ids.set(v.id, user.id);
  }
  return ids;
}
