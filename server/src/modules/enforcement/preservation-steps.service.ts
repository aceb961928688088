import type { RequestContext } from '../../core/authz/actor.js';
import type { Deps } from '../../core/deps.js';
import { openCaseClock, stopCaseClocks } from './case-clocks.js';
import { caseStep } from './case.step.js';
import type { PreservationOutcome } from './enforcement.vocabulary.js';

// tenancy: each step loads its case through scoped() in case.step.ts

/**
 * 先行登记保存 (行政处罚法 第五十六条), approved by the head: the evidence listed, and the seven
 * working days to decide on it start (第八十五条).
 */
export const preserveEvidence = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  b: { evidence: string },
) =>
  caseStep(deps, ctx, id, 'preserve_evidence', async (s) => ({
    patch: {
      evidencePreservedOn: s.today,
      preservedEvidence: b.evidence,
      ...(await openCaseClock(s.m, s.record, 'preservation', s.today)),
    },
    note: b.evidence,
  }));

/** 处理决定 on the preserved evidence (第五十六条): the clock stops. */
export const decidePreserved = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  b: { outcome: PreservationOutcome; note?: string | undefined },
) =>
  caseStep(deps, ctx, id, 'decide_preserved', async (s) => {
    await stopCaseClocks(s.m, ctx, s.record, s.today, ['preservation']);
    return {
      patch: {
        preservationDecidedOn: s.today,
        preservationOutcome: b.outcome,
        preservationNote: b.note ?? null,
      },
      note: b.note ?? null,
    };
  });
