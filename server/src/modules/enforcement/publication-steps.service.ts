import type { RequestContext } from '../../core/authz/actor.js';
import type { Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { stopCaseClocks } from './case-clocks.js';
import { caseStep } from './case.step.js';

// tenancy: each step loads its case through scoped() in case.step.ts

/**
 * 公开 a decision with social impact (行政处罚法 第四十八条第一款): the portal lists it from today, and
 * the 公开 clock stops.
 */
export const publishDecision = (deps: Deps, ctx: RequestContext, id: string) =>
  caseStep(deps, ctx, id, 'publish', async (s) => {
    await stopCaseClocks(s.m, ctx, s.record, s.today, ['publication']);
    return { patch: { publishedOn: s.today } };
  });

/**
 * 撤回 the published information of a decision since changed or revoked (第四十八条第二款): the portal
 * shows the reasons instead of the decision.
 */
export const withdrawPublication = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  b: { changedOn: string; reason: string },
) =>
  caseStep(deps, ctx, id, 'withdraw_publication', async (s) => {
    if (b.changedOn > s.today) throw badRequest('变更或撤销之日不能晚于今天');
    if (s.record.decidedOn && b.changedOn < s.record.decidedOn)
      throw badRequest('变更或撤销之日不能早于处罚决定之日');
    return {
      patch: {
        decisionChangedOn: b.changedOn,
        publicationWithdrawnOn: s.today,
        publicationWithdrawalReason: b.reason,
      },
      note: b.reason,
    };
  });
