import type { Q } from '../../../core/db/database.js';
import { DEMO_COUNTY_CODE, DEMO_TOWN_CODE } from '../../demo/demo-data.js';
import type { DemoCast, Who } from './review-demo.types.js';

// tenancy: the demo seed runs as the system

/** The foundation's demo accounts and 桥头镇's orgs, as the review demo uses them. */
export async function loadCast(q: Q): Promise<DemoCast | null> {
  const town = await q
    .selectFrom('orgs')
    .select(['id', 'code'])
    .where('code', '=', DEMO_TOWN_CODE)
    .executeTakeFirst();
  const county = await q
    .selectFrom('orgs')
    .select('id')
    .where('code', '=', DEMO_COUNTY_CODE)
    .executeTakeFirst();
  if (!town || !county) return null;
  const users = await q
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select(['users.id', 'users.username', 'users.displayName', 'users.orgId'])
    .where('users.isDemo', '=', 1)
    .execute();
  const who = (username: string): Who => {
    const u = users.find((x) => x.username === username);
    if (!u) throw new Error(`demo account ${username} missing`);
    return { userId: u.id, name: u.displayName };
  };
  const villages = await q
    .selectFrom('orgs')
    .select(['id', 'name', 'code'])
    .where('townId', '=', town.id)
    .where('kind', 'in', ['village', 'community'])
    .orderBy('code')
    .execute();
  const unit = async (slug: string) => {
    const o = await q
      .selectFrom('orgs')
      .select(['id', 'name'])
      .where('code', '=', `${town.code}-${slug}`)
      .executeTakeFirst();
    if (!o) throw new Error(`demo office ${slug} missing`);
    return o;
  };
  const cadre = users.find((u) => u.username === 'cadre');
  return {
    clerk: who('clerk'),
    reviewer: who('reviewer'),
    adviser: who('adviser'),
    deputy: who('deputy'),
    head: who('head'),
    county: who('countyreview'),
    cadre: who('cadre'),
    townId: town.id,
    countyId: county.id,
    cadreVillageId: cadre!.orgId,
    villages,
    offices: {
      jjfzb: await unit('jjfzb'),
      nyncb: await unit('nyncb'),
      djzhb: await unit('djzhb'),
      zfd: await unit('zfd'),
    },
  };
}
