import type { Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import type { TownRef } from '../../orgs/orgs.public.js';

const portalTowns = new WeakMap<Deps, TownRef>();

/**
 * The town whose public portal this deployment serves (FAZHI_PORTAL_TOWN). Looked up once per
 * process: towns are never deleted and their division code never changes.
 */
export async function portalTown(deps: Deps): Promise<TownRef> {
  const hit = portalTowns.get(deps);
  if (hit) return hit;
  const town = await deps.db.kysely
    .selectFrom('orgs')
    .select(['id', 'code', 'name'])
    .where('code', '=', deps.config.portalTownCode)
    .executeTakeFirst();
  if (!town) throw notFound('本平台尚未设置门户所属乡镇');
  portalTowns.set(deps, town);
  return town;
}
