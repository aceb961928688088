import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { readWithin } from '../orgs/orgs.public.js';
import { ownTown } from './own-town.js';
import type { planBody, sessionBody } from './team.schema.js';
import { STUDY_KINDS, type StudyKind } from './team.vocabulary.js';

// tenancy: every read starts from scoped()

/** A year's 学法计划 with its 应知应会 list. */
export async function addPlan(deps: Deps, ctx: RequestContext, input: z.infer<typeof planBody>) {
  const { townId } = ownTown(ctx, 'team.plan.add');
  const id = newId();
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .insertInto('teamStudyPlans')
      .values({
        id,
        orgId: townId,
        year: input.year,
        title: input.title,
        topics: JSON.stringify(input.topics),
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'team.plan.added',
      orgId: townId,
      targetType: 'team_study_plan',
      targetId: id,
      meta: { year: input.year },
    });
  });
  return { id };
}

/** A 学法 session held (会前学法, 专题法治学习会 …) with attendance and materials. */
export async function addSession(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof sessionBody>,
) {
  const { actor, townId } = ownTown(ctx, 'team.session.add');
  if (input.planId) await scoped(deps.db.kysely, actor).getById('teamStudyPlans', input.planId);
  const id = newId();
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .insertInto('teamStudySessions')
      .values({
        id,
        orgId: townId,
        planId: input.planId ?? null,
        kind: input.kind,
        heldOn: input.heldOn,
        title: input.title,
        lecturer: input.lecturer ?? null,
        attendees: JSON.stringify(input.attendees),
        absentees: JSON.stringify(input.absentees),
        materials: JSON.stringify(input.materials),
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'team.study.held',
      orgId: townId,
      targetType: 'team_study_session',
      targetId: id,
      meta: { kind: input.kind, heldOn: input.heldOn },
    });
  });
  return { id };
}

export async function listPlans(
  deps: Deps,
  ctx: RequestContext,
  f: { year?: number | undefined; orgId?: string | undefined },
) {
  authorize(ctx, 'team.read');
  const within = await readWithin(deps.db.kysely, ctx, f.orgId);
  let base = scoped(deps.db.kysely, within.actor!).selectFrom('teamStudyPlans').selectAll();
  if (f.year) base = base.where('year', '=', f.year);
  const rows = await base.orderBy('year', 'desc').execute();
  return { items: rows.map((r) => ({ ...r, topics: JSON.parse(r.topics) as string[] })) };
}

export async function listSessions(
  deps: Deps,
  ctx: RequestContext,
  f: { year?: number | undefined; orgId?: string | undefined },
) {
  authorize(ctx, 'team.read');
  const within = await readWithin(deps.db.kysely, ctx, f.orgId);
  let base = scoped(deps.db.kysely, within.actor!).selectFrom('teamStudySessions').selectAll();
  if (f.year)
    base = base.where('heldOn', '>=', `${f.year}-01-01`).where('heldOn', '<=', `${f.year}-12-31`);
  const rows = await base.orderBy('heldOn').orderBy('id').execute();
  return {
    items: rows.map((r) => {
      const attendees = JSON.parse(r.attendees) as string[];
      const absentees = JSON.parse(r.absentees) as string[];
      return {
        id: r.id,
        planId: r.planId,
        kind: r.kind,
        kindLabel: STUDY_KINDS[r.kind as StudyKind],
        heldOn: r.heldOn,
        title: r.title,
        lecturer: r.lecturer,
        attendees,
        absentees,
        materials: JSON.parse(r.materials) as string[],
        attendanceRate:
          Math.round((attendees.length / (attendees.length + absentees.length)) * 1000) / 10,
      };
    }),
  };
}
