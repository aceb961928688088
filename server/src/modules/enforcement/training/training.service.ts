import { sql } from 'kysely';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/index.js';
import { pageTown } from '../../orgs/orgs.public.js';
import { trainingRequirement } from '../enforcement-settings.js';
import { ART } from '../enforcement.vocabulary.js';
import type { EnforcementTrainingsTable } from './training.tables.js';

// tenancy: reads go through scoped() and pageTown; a session is recorded for an account of the actor's town

const hoursOf = (minutes: number) => Math.round(minutes / 6) / 10;

/** Each officer's 学时 in `year` at the town, by user id. */
export async function trainingHoursOf(q: Q, townId: string, year: number) {
  // tenancy: the caller resolved the town within its scope (pageTown)
  const rows = await q
    .selectFrom('enforcementTrainings')
    .select(['userId', sql<number>`sum(minutes)`.as('minutes')])
    .where('orgId', '=', townId)
    .where('heldOn', '>=', `${year}-01-01`)
    .where('heldOn', '<=', `${year}-12-31`)
    .groupBy('userId')
    .execute();
  return new Map(rows.map((r) => [r.userId, hoursOf(Number(r.minutes))]));
}

/**
 * The year's 学时 of every holder of a 执法证 of the town against its requirement (浙江省综合行政执法条例
 * 第三十一条; 60 学时 by default, set per town): those below it are flagged.
 */
export async function trainingStatus(q: Q, townId: string, year: number) {
  const [required, hours, holders] = await Promise.all([
    trainingRequirement(q, townId),
    trainingHoursOf(q, townId, year),
    q
      .selectFrom('enforcementCertificates')
      .innerJoin('users', 'users.id', 'enforcementCertificates.userId')
      .select(['users.id as userId', 'users.displayName as name'])
      .distinct()
      .where('enforcementCertificates.orgId', '=', townId)
      .orderBy('users.displayName')
      .execute(),
  ]);
  const officers = holders.map((h) => {
    const done = hours.get(h.userId) ?? 0;
    return { userId: h.userId, name: h.name, hours: done, below: done < required };
  });
  return {
    year,
    required,
    basis: ART.training,
    officers,
    below: officers.filter((o) => o.below).length,
  };
}

/** A training session an officer attended, with its 学时 (hours, by halves). */
export async function recordTraining(
  deps: Deps,
  ctx: RequestContext,
  input: { userId: string; heldOn: string; hours: number; topic: string },
) {
  const actor = authorize(ctx, 'enforcement.authority.manage');
  assertTownStaff(actor, 'enforcement.training.record');
  const q = deps.db.kysely;
  const townId = actor.townId!;
  const user = await scoped(q, actor)
    .selectFrom('users')
    .select('id')
    .where('id', '=', input.userId)
    .where('orgId', 'in', q.selectFrom('orgs').select('id').where('townId', '=', townId))
    .executeTakeFirst();
  if (!user) throw badRequest('参训人员须为本镇账号', { field: 'userId' });
  if (input.heldOn > today(deps)) throw badRequest('培训日期不能晚于今天', { field: 'heldOn' });
  return mutation(deps, ctx, async (m) => {
    const id = newId();
    const row: EnforcementTrainingsTable = {
      id,
      orgId: townId,
      userId: input.userId,
      heldOn: input.heldOn,
      minutes: Math.round(input.hours * 60),
      topic: input.topic,
      createdBy: actor.userId,
      createdAt: m.now.toISOString(),
    };
    await m.trx.insertInto('enforcementTrainings').values(row).execute();
    await m.audit({
      action: 'enforcement.training.recorded',
      targetType: 'enforcement_training',
      targetId: id,
      orgId: townId,
      basis: ART.training,
      meta: { userId: input.userId, heldOn: input.heldOn, hours: input.hours },
    });
    return { id };
  });
}

/** A town's sessions in a year, newest first, with each certificate holder's total against the requirement. */
export async function listTrainings(
  deps: Deps,
  ctx: RequestContext,
  f: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'enforcement.case.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, f.orgId, '培训学时按乡镇登记');
  const rows = await scoped(q, actor)
    .selectFrom('enforcementTrainings')
    .innerJoin('users', 'users.id', 'enforcementTrainings.userId')
    .select([
      'enforcementTrainings.id',
      'enforcementTrainings.userId',
      'users.displayName as name',
      'enforcementTrainings.heldOn',
      'enforcementTrainings.minutes',
      'enforcementTrainings.topic',
    ])
    .where('enforcementTrainings.orgId', '=', town.id)
    .where('enforcementTrainings.heldOn', '>=', `${f.year}-01-01`)
    .where('enforcementTrainings.heldOn', '<=', `${f.year}-12-31`)
    .orderBy('enforcementTrainings.heldOn', 'desc')
    .orderBy('enforcementTrainings.id', 'desc')
    .execute();
  return {
    items: rows.map(({ minutes, ...r }) => ({ ...r, hours: hoursOf(minutes) })),
    status: await trainingStatus(q, town.id, f.year),
  };
}
