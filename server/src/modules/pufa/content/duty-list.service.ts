import type { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/level.js';
import { portalTownId } from '../quiz/portal-quiz.js';
import type { dutyItemBody } from './content.schema.js';

// tenancy: staff reads start from scoped(); the portal reads the portal town's list

/** Adds a department's line to the year's 谁执法谁普法 list (普法责任清单). */
export async function addDutyItem(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof dutyItemBody>,
) {
  const actor = authorize(ctx, 'pufa.manage');
  assertTownStaff(actor, 'pufa.duty.add');
  const id = newId();
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .insertInto('pufaDutyItems')
      .values({
        id,
        orgId: actor.townId!,
        ...input,
        laws: JSON.stringify(input.laws),
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'pufa.duty.added',
      orgId: actor.townId!,
      targetType: 'pufa_duty_item',
      targetId: id,
      meta: { year: input.year, department: input.department },
    });
  });
  return { id };
}

const present = <R extends { laws: string }>(rows: R[]) =>
  rows.map((r) => ({ ...r, laws: JSON.parse(r.laws) as string[] }));

function dutyQuery(q: Q, year: number | undefined) {
  let base = q
    .selectFrom('pufaDutyItems')
    .select(['id', 'orgId', 'year', 'department', 'laws', 'audience', 'activities']);
  if (year) base = base.where('year', '=', year);
  return base.orderBy('year', 'desc').orderBy('department');
}

export async function listDutyItems(deps: Deps, ctx: RequestContext, year?: number) {
  const actor = authorize(ctx, 'pufa.read');
  const visible = scoped(deps.db.kysely, actor).selectFrom('pufaDutyItems').select('id');
  const rows = await dutyQuery(deps.db.kysely, year).where('id', 'in', visible).execute();
  return { items: present(rows) };
}

/** The list on the portal: who explains which law to whom. */
export async function publicDutyItems(deps: Deps, year?: number) {
  const townId = await portalTownId(deps);
  const rows = await dutyQuery(deps.db.kysely, year).where('orgId', '=', townId).execute();
  return { items: present(rows) };
}
