import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { notFound, ruleViolation } from '../../../core/errors.js';

export interface TownRef {
  id: string;
  code: string;
  name: string;
}

/** The town an org belongs to (itself, for a town); entries and villages are always a town's. */
export async function townOf(q: Q, orgId: string): Promise<TownRef> {
  const org = await q.selectFrom('orgs').select(['townId']).where('id', '=', orgId).executeTakeFirst();
  if (!org) throw notFound('机构不存在');
  if (!org.townId) throw ruleViolation('请选择乡镇或其内设机构：政府信息公开目录按乡镇编制', 'NOT_IN_TOWN');
  return q.selectFrom('orgs').select(['id', 'code', 'name']).where('id', '=', org.townId).executeTakeFirstOrThrow();
}

const portalTowns = new WeakMap<Deps, TownRef>();

/**
 * The town whose public portal this deployment serves (FAZHI_PORTAL_TOWN). Looked up once per
 * process: towns are never deleted and their division code never changes.
 */
export async function portalTown(deps: Deps): Promise<TownRef> {
  const hit = portalTowns.get(deps);
  if (hit) return hit;
  const town = await deps.db.kysely.selectFrom('orgs').select(['id', 'code', 'name']).where('code', '=', deps.config.portalTownCode).executeTakeFirst();
  if (!town) throw notFound('本平台尚未设置门户所属乡镇');
  portalTowns.set(deps, town);
  return town;
}
