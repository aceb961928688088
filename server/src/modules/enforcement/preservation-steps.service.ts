import type { RequestContext } from '../../core/authz/actor.js';
import type { Deps } from '../../core/deps.js';
import { newId } from '../../core/ids.js';
import { stopClock } from '../calendar/calendar.public.js';
import { startCaseClock } from './case-clocks.js';
import { caseStep } from './case.step.js';
import type { PreservationOutcome } from './enforcement.vocabulary.js';

// tenancy: each step loads its case through scoped() in case.step.ts; a preservation is found only
// among that case's own rows (the 处理决定's guard refuses any other id)

/**
 * 先行登记保存 (行政处罚法 第五十六条), approved by the head: the evidence listed, and its own seven
 * working days to decide on it start (第八十五条). A case may preserve evidence more than once;
 * returns the new preservation's id.
 */
export const preserveEvidence = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  b: { evidence: string },
) =>
  caseStep(deps, ctx, id, 'preserve_evidence', async (s) => {
    const preservationId = newId();
    await s.m.trx
      .insertInto('enforcementPreservations')
      .values({
        id: preservationId,
        orgId: s.record.orgId,
        townId: s.record.townId,
        caseId: s.record.id,
        preservedOn: s.today,
        evidence: b.evidence,
        approvedBy: s.actor?.userId ?? null,
        decidedOn: null,
        outcome: null,
        note: null,
        decidedBy: null,
        clockId: await startCaseClock(s.m, s.record, 'preservation', s.today),
        createdAt: s.m.now.toISOString(),
      })
      .execute();
    return { meta: { preservationId }, note: b.evidence, value: { id: preservationId } };
  });

/** 处理决定 on one preservation's evidence (第五十六条): its clock stops. */
export const decidePreserved = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  b: { preservationId: string; outcome: PreservationOutcome; note?: string | undefined },
) =>
  caseStep(
    deps,
    ctx,
    id,
    'decide_preserved',
    async (s) => {
      const p = await s.m.trx
        .updateTable('enforcementPreservations')
        .set({
          decidedOn: s.today,
          outcome: b.outcome,
          note: b.note ?? null,
          decidedBy: s.actor?.userId ?? null,
        })
        .where('id', '=', b.preservationId)
        .where('caseId', '=', s.record.id)
        .returning('clockId')
        .executeTakeFirstOrThrow();
      if (p.clockId) await stopClock(s.m, ctx, p.clockId, { on: s.today });
      return {
        meta: { preservationId: b.preservationId, outcome: b.outcome },
        note: b.note ?? null,
      };
    },
    { preservationId: b.preservationId },
  );
