import type { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/level.js';
import { VILLAGE_LEADER_KINDS, type VillageLeaderKind } from '../pufa.vocabulary.js';
import type { villageLeaderBody } from './content.schema.js';

// tenancy: every read starts from scoped(); the village is checked with assertOrgVisible

/** 《宁波市法治乡村建设促进条例》第二十七条: the town trains and keeps its villages' 法律明白人 and 法治带头人. */
export const VILLAGE_LEADERS_BASIS = '《宁波市法治乡村建设促进条例》第二十七条';

export async function addVillageLeader(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof villageLeaderBody>,
) {
  const actor = authorize(ctx, 'pufa.manage');
  const q = deps.db.kysely;
  await scoped(q, actor).assertOrgVisible(input.villageId);
  assertTownStaff(actor, 'pufa.village_leader.add');
  const village = await q
    .selectFrom('orgs')
    .select(['kind', 'townId'])
    .where('id', '=', input.villageId)
    .executeTakeFirstOrThrow();
  if (!['village', 'community'].includes(village.kind) || village.townId !== actor.townId)
    throw badRequest('请选择本镇的村（社区）', { field: 'villageId' });
  const id = newId();
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .insertInto('pufaVillageLeaders')
      .values({
        id,
        orgId: input.villageId,
        kind: input.kind,
        name: input.name,
        post: input.post,
        trainedOn: input.trainedOn ?? null,
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'pufa.village_leader.added',
      orgId: input.villageId,
      targetType: 'pufa_village_leader',
      targetId: id,
      basis: VILLAGE_LEADERS_BASIS,
      meta: { kind: input.kind },
    });
  });
  return { id };
}

/** The roster per village, with the count of each kind. */
export async function listVillageLeaders(deps: Deps, ctx: RequestContext, villageId?: string) {
  const actor = authorize(ctx, 'pufa.read');
  let base = scoped(deps.db.kysely, actor)
    .selectFrom('pufaVillageLeaders')
    .innerJoin('orgs', 'orgs.id', 'pufaVillageLeaders.orgId')
    .select([
      'pufaVillageLeaders.id',
      'pufaVillageLeaders.orgId as villageId',
      'orgs.name as village',
      'pufaVillageLeaders.kind',
      'pufaVillageLeaders.name',
      'pufaVillageLeaders.post',
      'pufaVillageLeaders.trainedOn',
    ]);
  if (villageId) base = base.where('pufaVillageLeaders.orgId', '=', villageId);
  const rows = await base.orderBy('orgs.sortOrder').orderBy('pufaVillageLeaders.id').execute();
  return {
    basis: VILLAGE_LEADERS_BASIS,
    items: rows.map((r) => ({
      ...r,
      kindLabel: VILLAGE_LEADER_KINDS[r.kind as VillageLeaderKind],
    })),
  };
}
