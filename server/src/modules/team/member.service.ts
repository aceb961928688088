import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { certificatesOf } from '../enforcement/enforcement.public.js';
import { readWithin } from '../orgs/orgs.public.js';
import { ownTown } from './own-town.js';
import type { TeamMembersTable } from './team.tables.js';
import { DEGREES, TEAM_ROLES, type TeamRole } from './team.vocabulary.js';
import type { leaveBody, memberBody, trainingBody } from './team.schema.js';

// tenancy: rosters are read through scoped(); trainings are child rows of members read that way

/** Adds a person to the town's legal team (法治队伍名册). */
export async function addMember(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof memberBody>,
) {
  const { actor, townId } = ownTown(ctx, 'team.member.add');
  const q = deps.db.kysely;
  if (input.userId) {
    const user = await scoped(q, actor)
      .selectFrom('users')
      .select('id')
      .where('id', '=', input.userId)
      .executeTakeFirst();
    if (!user) throw badRequest('关联账号须为本镇账号', { field: 'userId' });
  }
  if (input.qualificationNo && !input.legalQualification)
    throw badRequest('未持有法律职业资格证书的，不填证书编号', { field: 'qualificationNo' });
  const at = deps.time.now().toISOString();
  const row: TeamMembersTable = {
    id: newId(),
    orgId: townId,
    userId: input.userId ?? null,
    name: input.name,
    post: input.post,
    roles: JSON.stringify([...new Set(input.roles)]),
    townStaff: input.townStaff ? 1 : 0,
    degree: input.degree,
    lawMajor: input.lawMajor ? 1 : 0,
    legalQualification: input.legalQualification ? 1 : 0,
    qualificationNo: input.qualificationNo ?? null,
    joinedOn: input.joinedOn,
    leftOn: null,
    createdAt: at,
    updatedAt: at,
  };
  await mutation(deps, ctx, async (m) => {
    await m.trx.insertInto('teamMembers').values(row).execute();
    await m.audit({
      action: 'team.member.added',
      orgId: townId,
      targetType: 'team_member',
      targetId: row.id,
      meta: { name: row.name },
    });
  });
  return { id: row.id };
}

/** A member leaves the team: kept on the roster with the day, for the years they served. */
export async function memberLeaves(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof leaveBody>,
) {
  const actor = authorize(ctx, 'team.manage');
  const member = await scoped(deps.db.kysely, actor).getById('teamMembers', id);
  ownTown(ctx, 'team.member.leave');
  if (input.leftOn < member.joinedOn) throw badRequest('离开日期早于加入日期', { field: 'leftOn' });
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('teamMembers')
      .set({ leftOn: input.leftOn, updatedAt: m.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await m.audit({
      action: 'team.member.left',
      orgId: member.orgId,
      targetType: 'team_member',
      targetId: id,
      changes: { leftOn: { before: member.leftOn, after: input.leftOn } },
    });
  });
  return { id };
}

/** Records a training a member attended (学时). */
export async function addTraining(
  deps: Deps,
  ctx: RequestContext,
  memberId: string,
  input: z.infer<typeof trainingBody>,
) {
  const actor = authorize(ctx, 'team.manage');
  const member = await scoped(deps.db.kysely, actor).getById('teamMembers', memberId);
  ownTown(ctx, 'team.training.add');
  const id = newId();
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .insertInto('teamTrainings')
      .values({ id, orgId: member.orgId, memberId, ...input, createdAt: m.now.toISOString() })
      .execute();
    await m.audit({
      action: 'team.training.recorded',
      orgId: member.orgId,
      targetType: 'team_member',
      targetId: memberId,
      meta: { title: input.title, minutes: input.minutes },
    });
  });
  return { id };
}

/**
 * The roster: each person's degree, 法律职业资格, roles, their 行政执法证 from the enforcement registry
 * (valid today or not, days to expiry) and training hours in the year.
 */
export async function listMembers(
  deps: Deps,
  ctx: RequestContext,
  f: { year?: number | undefined; orgId?: string | undefined },
) {
  authorize(ctx, 'team.read');
  const q = deps.db.kysely;
  const within = await readWithin(q, ctx, f.orgId);
  const rows = await scoped(q, within.actor!)
    .selectFrom('teamMembers')
    .selectAll()
    .orderBy('joinedOn')
    .orderBy('id')
    .execute();
  const day = today(deps);
  const year = f.year ?? Number(day.slice(0, 4));
  const ids = rows.map((r) => r.id);
  const trainings = ids.length
    ? await q
        .selectFrom('teamTrainings')
        .select(['memberId', (eb) => eb.fn.sum<number>('minutes').as('minutes')])
        .where('memberId', 'in', ids)
        .where('heldOn', '>=', `${year}-01-01`)
        .where('heldOn', '<=', `${year}-12-31`)
        .groupBy('memberId')
        .execute()
    : [];
  const minutes = new Map(trainings.map((t) => [t.memberId, Number(t.minutes)]));
  const byTown = new Map<string, string[]>();
  for (const r of rows)
    if (r.userId) byTown.set(r.orgId, [...(byTown.get(r.orgId) ?? []), r.userId]);
  const certs = (
    await Promise.all([...byTown].map(([townId, userIds]) => certificatesOf(q, townId, userIds)))
  ).flat();
  const masked = ctx.actor!.townId === null;
  return {
    year,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      post: r.post,
      roles: (JSON.parse(r.roles) as TeamRole[]).map((k) => ({ key: k, label: TEAM_ROLES[k] })),
      townStaff: r.townStaff === 1,
      degree: r.degree,
      degreeLabel: `${r.lawMajor ? '法学' : ''}${DEGREES[r.degree]}`,
      lawMajor: r.lawMajor === 1,
      legalQualification: r.legalQualification === 1,
      qualificationNo: masked ? null : r.qualificationNo,
      joinedOn: r.joinedOn,
      leftOn: r.leftOn,
      trainingHours: Math.round(((minutes.get(r.id) ?? 0) / 60) * 10) / 10,
      certificates: certs
        .filter((c) => c.userId === r.userId)
        .map((c) => ({
          kind: '行政执法证',
          certNo: c.certNo,
          issuedOn: c.issuedOn,
          expiresOn: c.expiresOn,
          valid: c.issuedOn <= day && day <= c.expiresOn,
        })),
    })),
  };
}
