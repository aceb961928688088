import { assertTownStaff } from '../../../core/workflow/index.js';
import { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { conflict, notFound, ruleViolation } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { REVIEW_BASIS } from './village-vocabulary.js';
import { villageOf } from './village-org.js';

// tenancy: committee members of a village checked visible by the caller

/**
 * The 村务监督委员会 of each village, as a membership list of accounts (浙江实施办法 第三十条: 3–5
 * villagers elected by the village assembly). Membership — not a role — decides who may review a
 * village's publications, because the same 村干部 role is held by committee members and by the
 * village committee, whose members may not sit on the supervisory committee.
 */
export async function isSupervisor(
  q: Q,
  villageId: string,
  userId: string | null,
  on: string,
): Promise<boolean> {
  if (!userId) return false;
  const row = await q
    .selectFrom('villageSupervisors')
    .select('id')
    .where('orgId', '=', villageId)
    .where('userId', '=', userId)
    .where('electedOn', '<=', on)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>=', on)]))
    .executeTakeFirst();
  return !!row;
}

export const activeSupervisors = (q: Q, villageId: string, on: string) =>
  q
    .selectFrom('villageSupervisors')
    .innerJoin('users', 'users.id', 'villageSupervisors.userId')
    .select([
      'villageSupervisors.id',
      'villageSupervisors.userId',
      'users.displayName',
      'villageSupervisors.role',
      'villageSupervisors.electedOn',
      'villageSupervisors.until',
    ])
    .where('villageSupervisors.orgId', '=', villageId)
    .where((eb) =>
      eb.or([eb('villageSupervisors.until', 'is', null), eb('villageSupervisors.until', '>=', on)]),
    )
    .orderBy('villageSupervisors.role')
    .orderBy('users.displayName')
    .execute();

export const supervisorBody = z
  .object({
    userId: z.string().uuid('账号编号格式有误').describe('本村村民的账号'),
    role: z.enum(['chair', 'member']).describe('chair 主任；member 委员'),
    electedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '推选日期格式应为 YYYY-MM-DD')
      .describe('村民会议或村民代表会议推选之日'),
  })
  .strict();

export async function listSupervisors(deps: Deps, ctx: RequestContext, villageId: string) {
  const actor = authorize(ctx, 'village_affairs.item.read');
  const village = await villageOf(deps.db.kysely, actor, villageId);
  return {
    villageId: village.id,
    villageName: village.name,
    basis: REVIEW_BASIS,
    members: await activeSupervisors(deps.db.kysely, village.id, today(deps)),
  };
}

export async function addSupervisor(
  deps: Deps,
  ctx: RequestContext,
  villageId: string,
  input: z.infer<typeof supervisorBody>,
) {
  const actor = authorize(ctx, 'village_affairs.rules.manage');
  await mutation(deps, ctx, async (m) => {
    const village = await villageOf(m.trx, actor, villageId);
    assertTownStaff(actor, 'configure');
    const user = await m.trx
      .selectFrom('users')
      .select(['id', 'orgId', 'displayName'])
      .where('id', '=', input.userId)
      .executeTakeFirst();
    if (!user || user.orgId !== village.id) throw notFound('该账号不存在或不属于本村');
    if (await isSupervisor(m.trx, village.id, user.id, input.electedOn))
      throw conflict('该村民已是本村村务监督委员会成员');
    const authored = await m.trx
      .selectFrom('villageAffairsItems')
      .select('id')
      .where('orgId', '=', village.id)
      .where('authorId', '=', user.id)
      .where('status', '!=', 'published')
      .executeTakeFirst();
    if (authored)
      throw ruleViolation(
        `依据${REVIEW_BASIS}，起草村务公开事项的村两委成员、村文书、报账员不得担任村务监督委员会成员`,
      );
    const id = newId();
    await m.trx
      .insertInto('villageSupervisors')
      .values({
        id,
        orgId: village.id,
        userId: user.id,
        role: input.role,
        electedOn: input.electedOn,
        until: null,
        createdBy: actor.userId,
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'village_affairs.supervisor.added',
      targetType: 'village_supervisor',
      targetId: id,
      orgId: village.id,
      basis: REVIEW_BASIS,
      meta: {
        userId: user.id,
        name: user.displayName,
        role: input.role,
        electedOn: input.electedOn,
      },
    });
  });
}

export async function endSupervisor(
  deps: Deps,
  ctx: RequestContext,
  villageId: string,
  memberId: string,
) {
  const actor = authorize(ctx, 'village_affairs.rules.manage');
  const day = today(deps);
  await mutation(deps, ctx, async (m) => {
    const village = await villageOf(m.trx, actor, villageId);
    assertTownStaff(actor, 'configure');
    const row = await m.trx
      .selectFrom('villageSupervisors')
      .selectAll()
      .where('id', '=', memberId)
      .where('orgId', '=', village.id)
      .executeTakeFirst();
    if (!row) throw notFound('该成员不存在');
    if (row.until && row.until < day) throw conflict('该成员已卸任');
    await m.trx
      .updateTable('villageSupervisors')
      .set({ until: day })
      .where('id', '=', memberId)
      .execute();
    await m.audit({
      action: 'village_affairs.supervisor.ended',
      targetType: 'village_supervisor',
      targetId: memberId,
      orgId: village.id,
      changes: { until: { before: row.until, after: day } },
    });
  });
}
