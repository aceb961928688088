import type { Q } from '../../core/db/database.js';

interface IssuingAuthority {
  /** 发文机关 and its seal line: the town government, e.g. 慈溪市桥头镇人民政府. */
  issuer: string;
  /** The county-level parent (县、县级市、区), when there is one: 慈溪市. */
  countyName: string | null;
}

/**
 * The one rule for who issues a town's letters (GB/T 9704-2012 第7.2.4条: the mark gives the issuing
 * organ's full name): the town's people's government, prefixed with its county-level parent when it
 * has one, so that 桥头镇 under 慈溪市 signs as 慈溪市桥头镇人民政府.
 */
export async function issuingAuthority(q: Q, townId: string): Promise<IssuingAuthority> {
  const town = await q
    .selectFrom('orgs')
    .select(['name', 'parentId'])
    .where('id', '=', townId)
    .executeTakeFirstOrThrow();
  const parent = town.parentId
    ? await q
        .selectFrom('orgs')
        .select(['name', 'kind'])
        .where('id', '=', town.parentId)
        .executeTakeFirst()
    : undefined;
  const countyName = parent?.kind === 'county' ? parent.name : null;
  return { issuer: `${countyName ?? ''}${town.name}人民政府`, countyName };
}
