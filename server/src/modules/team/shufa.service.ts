import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { readWithin } from '../orgs/orgs.public.js';
import { ownTown } from './own-town.js';
import { panelResult } from './panel-score.js';
import type { shufaBody } from './team.schema.js';
import { SHUFA_FORMS } from './team.vocabulary.js';

// tenancy: every read starts from scoped()

/** A leader's 述法 (述职述法) for the year, with each panelist's score (述法评议). */
export async function addShufa(deps: Deps, ctx: RequestContext, input: z.infer<typeof shufaBody>) {
  const { townId } = ownTown(ctx, 'team.shufa.add');
  const id = newId();
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .insertInto('teamShufaReports')
      .values({
        id,
        orgId: townId,
        ...input,
        scores: JSON.stringify(input.scores),
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'team.shufa.recorded',
      orgId: townId,
      targetType: 'team_shufa_report',
      targetId: id,
      meta: { year: input.year, reporter: input.reporter },
    });
  });
  return { id };
}

export async function listShufa(
  deps: Deps,
  ctx: RequestContext,
  f: { year?: number | undefined; orgId?: string | undefined },
) {
  authorize(ctx, 'team.read');
  const within = await readWithin(deps.db.kysely, ctx, f.orgId);
  let base = scoped(deps.db.kysely, within.actor!).selectFrom('teamShufaReports').selectAll();
  if (f.year) base = base.where('year', '=', f.year);
  const rows = await base.orderBy('heldOn').orderBy('id').execute();
  return {
    items: rows.map((r) => {
      const scores = JSON.parse(r.scores) as { panelist: string; score: number }[];
      return {
        id: r.id,
        year: r.year,
        reporter: r.reporter,
        reporterPost: r.reporterPost,
        heldOn: r.heldOn,
        form: r.form,
        formLabel: SHUFA_FORMS[r.form],
        summary: r.summary,
        scores,
        ...panelResult(scores.map((s) => s.score)),
      };
    }),
  };
}
